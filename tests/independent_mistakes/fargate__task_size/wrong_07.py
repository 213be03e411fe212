# Mistake: wrong order in smallest_valid_size: the candidates are ranked by least memory first, then CPU (`key=lambda p: (p[1], p[0])`), so 16 vCPU with 58 GB gives (32768, 61440) instead of (16384, 65536)
MEMORY = {
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
    return memory in MEMORY.get(cpu, [])


def smallest_valid_size(vcpus, memory_gib):
    fits = [(cpu, mem) for cpu, mems in MEMORY.items() for mem in mems
            if cpu >= vcpus * 1024 and mem >= memory_gib * 1024]
    if not fits:
        raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
    return min(fits, key=lambda p: (p[1], p[0]))
