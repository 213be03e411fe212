# Right: dict of CPU -> range of memory values, nested loops in order (as the hints describe)
SIZES = {
    256: (512, 1024, 2048),
    512: range(1024, 4096 + 1, 1024),
    1024: range(2048, 8192 + 1, 1024),
    2048: range(4096, 16384 + 1, 1024),
    4096: range(8192, 30720 + 1, 1024),
    8192: range(16384, 61440 + 1, 4096),
    16384: range(32768, 122880 + 1, 8192),
}


def is_valid_fargate_size(cpu, memory):
    if cpu not in SIZES:
        return False
    return memory in SIZES[cpu]


def smallest_valid_size(vcpus, memory_gib):
    need_cpu = vcpus * 1024
    need_memory = memory_gib * 1024
    for cpu in sorted(SIZES):
        if cpu < need_cpu:
            continue
        for memory in SIZES[cpu]:
            if memory >= need_memory:
                return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
