# Mistake: off-by-one in helper `steps`: range(first, last, step) stops before `last`, so the top memory of every stepped row (4096 for 512, 8192 for 1024, ... 122880 for 16384) is treated as invalid
def steps(first, last, step):
    return list(range(first, last, step))


ROWS = [
    (256, [512, 1024, 2048]),
    (512, steps(1024, 4096, 1024)),
    (1024, steps(2048, 8192, 1024)),
    (2048, steps(4096, 16384, 1024)),
    (4096, steps(8192, 30720, 1024)),
    (8192, steps(16384, 61440, 4096)),
    (16384, steps(32768, 122880, 8192)),
    (32768, [61440, 122880, 249856]),
]


def is_valid_fargate_size(cpu, memory):
    for units, memories in ROWS:
        if units == cpu:
            return memory in memories
    return False


def smallest_valid_size(vcpus, memory_gib):
    for units, memories in ROWS:
        if units < vcpus * 1024:
            continue
        for memory in memories:
            if memory >= memory_gib * 1024:
                return (units, memory)
    raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
