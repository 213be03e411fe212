# Mistake: the 16 vCPU row steps by 4096 instead of 8192 (copied from the 8 vCPU row), so pairs like (16384, 36864) are wrongly valid
def memory_options(cpu):
    if cpu == 256:
        return [512, 1024, 2048]
    if cpu == 512:
        return list(range(1024, 4097, 1024))
    if cpu == 1024:
        return list(range(2048, 8193, 1024))
    if cpu == 2048:
        return list(range(4096, 16385, 1024))
    if cpu == 4096:
        return list(range(8192, 30721, 1024))
    if cpu == 8192:
        return list(range(16384, 61441, 4096))
    if cpu == 16384:
        return list(range(32768, 122881, 4096))
    return []


def is_valid_fargate_size(cpu, memory):
    return memory in memory_options(cpu)


def smallest_valid_size(vcpus, memory_gib):
    for cpu in (256, 512, 1024, 2048, 4096, 8192, 16384):
        if cpu / 1024 < vcpus:
            continue
        for memory in memory_options(cpu):
            if memory / 1024 >= memory_gib:
                return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
