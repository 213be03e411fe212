# Right: flat lookup table of all pairs built once with a comprehension, sorted, and a generator with next()
_ROWS = [
    (256, [512, 1024, 2048]),
    (512, range(1024, 4097, 1024)),
    (1024, range(2048, 8193, 1024)),
    (2048, range(4096, 16385, 1024)),
    (4096, range(8192, 30721, 1024)),
    (8192, range(16384, 61441, 4096)),
    (16384, range(32768, 122881, 8192)),
]
VALID = sorted({(cpu, mem) for cpu, mems in _ROWS for mem in mems})
VALID_SET = frozenset(VALID)


def is_valid_fargate_size(cpu, memory):
    return (cpu, memory) in VALID_SET


def smallest_valid_size(vcpus, memory_gib):
    found = next(((c, m) for c, m in VALID if c >= vcpus * 1024 and m >= memory_gib * 1024), None)
    if found is None:
        raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
    return found
