# Mistake: boundary, the memory test uses `>` instead of `>=`, so a request that exactly matches a size (0.5 GB -> 512 MiB) skips it and returns the next one up
SIZES = [
    (256, [512, 1024, 2048]),
    (512, [1024, 2048, 3072, 4096]),
    (1024, [m for m in range(2048, 8193, 1024)]),
    (2048, [m for m in range(4096, 16385, 1024)]),
    (4096, [m for m in range(8192, 30721, 1024)]),
    (8192, [m for m in range(16384, 61441, 4096)]),
    (16384, [m for m in range(32768, 122881, 8192)]),
]


def is_valid_fargate_size(cpu, memory):
    for c, memories in SIZES:
        if c == cpu:
            return memory in memories
    return False


def smallest_valid_size(vcpus, memory_gib):
    for cpu, memories in SIZES:
        if cpu >= vcpus * 1024:
            for memory in memories:
                if memory > memory_gib * 1024:
                    return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
