# Mistake: the search stops early: smallest_valid_size only looks at the first CPU size with enough vCPU and raises if its memory is too small, instead of moving on to the next CPU size (1 vCPU with 10 GB raises)
CPU_UNITS = [256, 512, 1024, 2048, 4096, 8192, 16384, 32768]
MEMORIES = {
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
    return cpu in MEMORIES and memory in MEMORIES[cpu]


def smallest_valid_size(vcpus, memory_gib):
    for cpu in CPU_UNITS:
        if cpu >= vcpus * 1024:
            for memory in MEMORIES[cpu]:
                if memory >= memory_gib * 1024:
                    return (cpu, memory)
            break
    raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
