# Mistake: strict comparison `memory > memory_gib * 1024` in smallest_valid_size, so a memory exactly equal to the request is skipped (0.25 vCPU with 0.5 GB gives 1024 MiB, not 512)
def table():
    return {
        256: [512, 1024, 2048],
        512: [1024 * g for g in range(1, 5)],
        1024: [1024 * g for g in range(2, 9)],
        2048: [1024 * g for g in range(4, 17)],
        4096: [1024 * g for g in range(8, 31)],
        8192: [1024 * g for g in range(16, 61, 4)],
        16384: [1024 * g for g in range(32, 121, 8)],
        32768: [61440, 122880, 249856],
    }


def is_valid_fargate_size(cpu, memory):
    sizes = table()
    return cpu in sizes and memory in sizes[cpu]


def smallest_valid_size(vcpus, memory_gib):
    sizes = table()
    for cpu in sorted(sizes):
        if cpu >= vcpus * 1024:
            for memory in sizes[cpu]:
                if memory > memory_gib * 1024:
                    return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
