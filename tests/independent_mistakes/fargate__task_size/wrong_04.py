# Mistake: the 8 vCPU row uses steps of 1024 like the rows above it (in `_step_for`), instead of 4096, so 8192 CPU with 18432 MiB is accepted
def _step_for(cpu):
    if cpu <= 8192:
        return 1024
    return 8192


def _memories(cpu):
    if cpu == 256:
        return [512, 1024, 2048]
    if cpu == 32768:
        return [61440, 122880, 249856]
    low = {512: 1024, 1024: 2048, 2048: 4096, 4096: 8192, 8192: 16384, 16384: 32768}
    high = {512: 4096, 1024: 8192, 2048: 16384, 4096: 30720, 8192: 61440, 16384: 122880}
    if cpu not in low:
        return []
    return list(range(low[cpu], high[cpu] + 1, _step_for(cpu)))


CPUS = [256, 512, 1024, 2048, 4096, 8192, 16384, 32768]


def is_valid_fargate_size(cpu, memory):
    return memory in _memories(cpu)


def smallest_valid_size(vcpus, memory_gib):
    for cpu in CPUS:
        if cpu >= vcpus * 1024:
            for memory in _memories(cpu):
                if memory >= memory_gib * 1024:
                    return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
