# Mistake: the 0.25 vCPU row is written as range(512, 2049, 512), so it wrongly allows 1536 MiB (the table says only 512, 1024 or 2048)
TABLE = {
    256: range(512, 2049, 512),
    512: range(1024, 4097, 1024),
    1024: range(2048, 8193, 1024),
    2048: range(4096, 16385, 1024),
    4096: range(8192, 30721, 1024),
    8192: range(16384, 61441, 4096),
    16384: range(32768, 122881, 8192),
}


def is_valid_fargate_size(cpu, memory):
    return cpu in TABLE and memory in TABLE[cpu]


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(TABLE):
        if cpu >= vcpus * 1024:
            for memory in TABLE[cpu]:
                if memory >= memory_gib * 1024:
                    return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
