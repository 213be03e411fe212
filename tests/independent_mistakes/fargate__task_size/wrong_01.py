# Mistake: the 256 row is written as a range from 512 to 2048 in steps of 512 (line `256: range(512, 2049, 512)`), so 1536 MiB is wrongly accepted for 0.25 vCPU; the table only allows 512, 1024 or 2048
SIZES = {
    256: range(512, 2049, 512),
    512: range(1024, 4097, 1024),
    1024: range(2048, 8193, 1024),
    2048: range(4096, 16385, 1024),
    4096: range(8192, 30721, 1024),
    8192: range(16384, 61441, 4096),
    16384: range(32768, 122881, 8192),
    32768: [61440, 122880, 249856],
}


def is_valid_fargate_size(cpu, memory):
    if cpu not in SIZES:
        return False
    return memory in SIZES[cpu]


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(SIZES):
        if cpu < vcpus * 1024:
            continue
        for memory in SIZES[cpu]:
            if memory >= memory_gib * 1024:
                return (cpu, memory)
    raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
