# Mistake: wrong return type: smallest_valid_size returns a list `[cpu, memory]` instead of a tuple
TASK_SIZES = {
    256: [512, 1024, 2048],
    512: list(range(1024, 4097, 1024)),
    1024: list(range(2048, 8193, 1024)),
    2048: list(range(4096, 16385, 1024)),
    4096: list(range(8192, 30721, 1024)),
    8192: list(range(16384, 61441, 4096)),
    16384: list(range(32768, 122881, 8192)),
    32768: [61440, 122880, 249856],
}


def is_valid_fargate_size(cpu, memory):
    if cpu in TASK_SIZES:
        return memory in TASK_SIZES[cpu]
    return False


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(TASK_SIZES):
        for memory in TASK_SIZES[cpu]:
            if cpu >= vcpus * 1024 and memory >= memory_gib * 1024:
                return [cpu, memory]
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
