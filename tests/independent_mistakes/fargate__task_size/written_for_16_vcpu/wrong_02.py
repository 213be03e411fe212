# Mistake: off-by-one, every row uses range(low, high, step) with the end excluded, so the top memory of each row (2048 for 0.25 vCPU, 8192 for 1 vCPU, 122880 for 16 vCPU...) is missing
TABLE = {
    256: [512, 1024],
    512: range(1024, 4096, 1024),
    1024: range(2048, 8192, 1024),
    2048: range(4096, 16384, 1024),
    4096: range(8192, 30720, 1024),
    8192: range(16384, 61440, 4096),
    16384: range(32768, 122880, 8192),
}


def is_valid_fargate_size(cpu, memory):
    if cpu in TABLE:
        return memory in TABLE[cpu]
    return False


def smallest_valid_size(vcpus, memory_gib):
    for cpu, memories in TABLE.items():
        if cpu < vcpus * 1024:
            continue
        for memory in memories:
            if memory >= memory_gib * 1024:
                return cpu, memory
    raise ValueError("nothing fits")
