# Plausible mistake: reads 32 vCPU's 60, 120 or 244 GB as a range from 60 to 244 GB in 4 GB steps, like 8 vCPU.
# Property: 32-vcpu-memories
# Linux task sizes: CPU units -> (lowest memory, highest memory, step), in MiB.
MEMORY_RANGES = {
    512: (1024, 4096, 1024),
    1024: (2048, 8192, 1024),
    2048: (4096, 16384, 1024),
    4096: (8192, 30720, 1024),
    8192: (16384, 61440, 4096),
    16384: (32768, 122880, 8192),
    32768: (61440, 249856, 4096),
}


def is_valid_fargate_size(cpu, memory):
    if cpu == 256:
        return memory in (512, 1024, 2048)
    if cpu not in MEMORY_RANGES:
        return False
    low, high, step = MEMORY_RANGES[cpu]
    return low <= memory <= high and (memory - low) % step == 0


def valid_memories(cpu):
    if cpu == 256:
        return (512, 1024, 2048)
    low, high, step = MEMORY_RANGES[cpu]
    return range(low, high + 1, step)


def smallest_valid_size(vcpus, memory_gib):
    for cpu in (256, 512, 1024, 2048, 4096, 8192, 16384, 32768):
        if cpu < vcpus * 1024:
            continue
        for memory in valid_memories(cpu):
            if memory >= memory_gib * 1024:
                return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
