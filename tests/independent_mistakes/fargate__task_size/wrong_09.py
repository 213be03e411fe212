# Mistake: missing case in is_valid_fargate_size: it indexes `SIZES[cpu]` directly, so a cpu that is not in the table raises KeyError instead of returning False
SIZES = {
    256: {512, 1024, 2048},
    512: set(range(1024, 4097, 1024)),
    1024: set(range(2048, 8193, 1024)),
    2048: set(range(4096, 16385, 1024)),
    4096: set(range(8192, 30721, 1024)),
    8192: set(range(16384, 61441, 4096)),
    16384: set(range(32768, 122881, 8192)),
    32768: {61440, 122880, 249856},
}


def is_valid_fargate_size(cpu, memory):
    return memory in SIZES[cpu]


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(SIZES):
        if cpu < vcpus * 1024:
            continue
        for memory in sorted(SIZES[cpu]):
            if memory >= memory_gib * 1024:
                return (cpu, memory)
    raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
