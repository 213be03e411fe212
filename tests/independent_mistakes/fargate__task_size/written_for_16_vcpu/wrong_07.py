# Mistake: loop stops early: smallest_valid_size picks the first CPU that is large enough and raises if its memory cannot fit, instead of moving on to the next CPU (so (1, 10) raises instead of giving (2048, 10240))
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
    for cpu in sorted(SIZES):
        if cpu >= vcpus * 1024:
            for memory in SIZES[cpu]:
                if memory >= memory_gib * 1024:
                    return (cpu, memory)
            raise ValueError(f"{cpu} CPU units cannot have {memory_gib} GB")
    raise ValueError(f"no Fargate task size has {vcpus} vCPU")
