# Mistake: missing case, a request of zero vCPU or zero GB is rejected with ValueError (`if not vcpus or not memory_gib`), although the statement allows zero and the smallest size fits it
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
    return cpu in SIZES and memory in SIZES[cpu]


def smallest_valid_size(vcpus, memory_gib):
    if not vcpus or not memory_gib:
        raise ValueError("vcpus and memory_gib must be positive")
    candidates = [(cpu, mem) for cpu in sorted(SIZES) for mem in SIZES[cpu]
                  if cpu >= vcpus * 1024 and mem >= memory_gib * 1024]
    if not candidates:
        raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
    return candidates[0]
