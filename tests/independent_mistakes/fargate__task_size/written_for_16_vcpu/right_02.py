# Right: natural but slow: every call builds the full list of valid (cpu, memory) pairs by testing every 512 MiB step, then takes the min of those that fit
CPU_UNITS = [256, 512, 1024, 2048, 4096, 8192, 16384]


def is_valid_fargate_size(cpu, memory):
    if cpu == 256:
        return memory in [512, 1024, 2048]
    if cpu == 512:
        low, high, step = 1024, 4096, 1024
    elif cpu == 1024:
        low, high, step = 2048, 8192, 1024
    elif cpu == 2048:
        low, high, step = 4096, 16384, 1024
    elif cpu == 4096:
        low, high, step = 8192, 30720, 1024
    elif cpu == 8192:
        low, high, step = 16384, 61440, 4096
    elif cpu == 16384:
        low, high, step = 32768, 122880, 8192
    else:
        return False
    return low <= memory <= high and (memory - low) % step == 0


def all_sizes():
    sizes = []
    for cpu in CPU_UNITS:
        for memory in range(512, 122880 + 1, 512):
            if is_valid_fargate_size(cpu, memory):
                sizes.append((cpu, memory))
    return sizes


def smallest_valid_size(vcpus, memory_gib):
    fits = [size for size in all_sizes()
            if size[0] / 1024 >= vcpus and size[1] / 1024 >= memory_gib]
    if not fits:
        raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
    return min(fits)
