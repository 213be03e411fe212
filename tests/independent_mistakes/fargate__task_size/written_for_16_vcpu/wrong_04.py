# Mistake: unit slip, the requested memory is converted with 1000 MiB per GB (`memory_gib * 1000`) instead of 1024, so e.g. 8.1 GB fits in 8192 MiB
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
    return memory in SIZES.get(cpu, [])


def smallest_valid_size(vcpus, memory_gib):
    cpu_units = vcpus * 1024
    mib = memory_gib * 1000
    for cpu in sorted(SIZES):
        if cpu >= cpu_units:
            for memory in SIZES[cpu]:
                if memory >= mib:
                    return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
