# Mistake: rounding, the request is truncated to whole units with int() (`int(memory_gib * 1024)`, `int(vcpus * 1024)`), so 2.0001 GB is treated as 2048 MiB and a too-small size is returned
SIZES = {
    256: [512, 1024, 2048],
    512: list(range(1024, 4097, 1024)),
    1024: list(range(2048, 8193, 1024)),
    2048: list(range(4096, 16385, 1024)),
    4096: list(range(8192, 30721, 1024)),
    8192: list(range(16384, 61441, 4096)),
    16384: list(range(32768, 122881, 8192)),
}


def is_valid_fargate_size(cpu, memory):
    return cpu in SIZES and memory in SIZES[cpu]


def smallest_valid_size(vcpus, memory_gib):
    need_cpu = int(vcpus * 1024)
    need_mem = int(memory_gib * 1024)
    for cpu in sorted(SIZES):
        if cpu < need_cpu:
            continue
        for memory in SIZES[cpu]:
            if memory >= need_mem:
                return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
