# Mistake: is_valid_fargate_size uses `TABLE.get(cpu) and memory in TABLE[cpu]`, which returns None (not False) for a cpu that is not in the table
TABLE = {
    256: (512, 1024, 2048),
    512: (1024, 2048, 3072, 4096),
    1024: tuple(range(2048, 8192 + 1024, 1024)),
    2048: tuple(range(4096, 16384 + 1024, 1024)),
    4096: tuple(range(8192, 30720 + 1024, 1024)),
    8192: tuple(range(16384, 61440 + 4096, 4096)),
    16384: tuple(range(32768, 122880 + 8192, 8192)),
    32768: (61440, 122880, 249856),
}


def is_valid_fargate_size(cpu, memory):
    return TABLE.get(cpu) and memory in TABLE[cpu]


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(TABLE):
        if cpu < vcpus * 1024:
            continue
        for memory in TABLE[cpu]:
            if memory >= memory_gib * 1024:
                return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
