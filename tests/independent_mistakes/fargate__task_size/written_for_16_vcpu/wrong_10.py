# Mistake: mutates shared state: smallest_valid_size pops pairs off the module-level ALL_SIZES list while searching, so later calls see fewer sizes and give wrong answers or raise
ALL_SIZES = []
for _cpu, _low, _high, _step in [(512, 1024, 4096, 1024), (1024, 2048, 8192, 1024),
                                 (2048, 4096, 16384, 1024), (4096, 8192, 30720, 1024),
                                 (8192, 16384, 61440, 4096), (16384, 32768, 122880, 8192)]:
    for _mem in range(_low, _high + 1, _step):
        ALL_SIZES.append((_cpu, _mem))
ALL_SIZES = [(256, 512), (256, 1024), (256, 2048)] + ALL_SIZES


def is_valid_fargate_size(cpu, memory):
    return (cpu, memory) in ALL_SIZES


def smallest_valid_size(vcpus, memory_gib):
    while ALL_SIZES:
        cpu, memory = ALL_SIZES.pop(0)
        if cpu >= vcpus * 1024 and memory >= memory_gib * 1024:
            return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
