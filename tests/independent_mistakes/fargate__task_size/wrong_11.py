# Mistake: rounding: the request is cut to whole MiB with int() (`need = int(memory_gib * 1024)`), so 2.0001 GB (2048.1 MiB) becomes 2048 and is wrongly met by 2048 MiB
import math

LIMITS = {
    256: [512, 1024, 2048],
    512: range(1024, 4097, 1024),
    1024: range(2048, 8193, 1024),
    2048: range(4096, 16385, 1024),
    4096: range(8192, 30721, 1024),
    8192: range(16384, 61441, 4096),
    16384: range(32768, 122881, 8192),
    32768: [61440, 122880, 249856],
}


def is_valid_fargate_size(cpu, memory):
    return cpu in LIMITS and memory in LIMITS[cpu]


def smallest_valid_size(vcpus, memory_gib):
    units = math.ceil(vcpus * 1024)
    need = int(memory_gib * 1024)
    for cpu in sorted(LIMITS):
        if cpu >= units:
            for mem in LIMITS[cpu]:
                if mem >= need:
                    return (cpu, mem)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
