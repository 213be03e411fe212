# Mistake: misread table, the 4 vCPU row runs up to 32768 MiB (32 GB) instead of 30720, so (4096, 31744) and (4096, 32768) are wrongly valid
def helper(low, high, step):
    return list(range(low, high + 1, step))


TABLE = {
    256: [512, 1024, 2048],
    512: helper(1024, 4096, 1024),
    1024: helper(2048, 8192, 1024),
    2048: helper(4096, 16384, 1024),
    4096: helper(8192, 32768, 1024),
    8192: helper(16384, 61440, 4096),
    16384: helper(32768, 122880, 8192),
}


def is_valid_fargate_size(cpu, memory):
    return memory in TABLE.get(cpu, ())


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(TABLE):
        if cpu >= vcpus * 1024:
            for memory in TABLE[cpu]:
                if memory >= memory_gib * 1024:
                    return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
