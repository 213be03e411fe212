# Mistake: unit slip in smallest_valid_size: the GB request is converted with 1000 instead of 1024 MiB per GB (`need_mem = memory_gib * 1000`), so 2.01 GB looks like it fits in 2048 MiB
VALID = {
    256: (512, 1024, 2048),
    512: tuple(range(1024, 4097, 1024)),
    1024: tuple(range(2048, 8193, 1024)),
    2048: tuple(range(4096, 16385, 1024)),
    4096: tuple(range(8192, 30721, 1024)),
    8192: tuple(range(16384, 61441, 4096)),
    16384: tuple(range(32768, 122881, 8192)),
    32768: (61440, 122880, 249856),
}


def is_valid_fargate_size(cpu, memory):
    return memory in VALID.get(cpu, ())


def smallest_valid_size(vcpus, memory_gib):
    need_cpu = vcpus * 1024
    need_mem = memory_gib * 1000
    candidates = [(c, m) for c in sorted(VALID) for m in VALID[c]
                  if c >= need_cpu and m >= need_mem]
    if not candidates:
        raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
    return candidates[0]
