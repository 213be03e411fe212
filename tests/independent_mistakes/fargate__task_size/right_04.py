# Right: dict of (first, last, step) rules plus explicit lists, math.ceil to whole units/MiB and bisect on each row
import math
from bisect import bisect_left

RULES = {
    256: [512, 1024, 2048],
    512: (1024, 4096, 1024),
    1024: (2048, 8192, 1024),
    2048: (4096, 16384, 1024),
    4096: (8192, 30720, 1024),
    8192: (16384, 61440, 4096),
    16384: (32768, 122880, 8192),
    32768: [61440, 122880, 249856],
}


def parse(rule):
    if isinstance(rule, list):
        return rule
    first, last, step = rule
    return [m for m in range(first, last + 1, step)]


def is_valid_fargate_size(cpu, memory):
    if cpu not in RULES:
        return False
    return memory in parse(RULES[cpu])


def smallest_valid_size(vcpus, memory_gib):
    # valid sizes are whole numbers, so rounding the request up loses nothing
    need_cpu = math.ceil(vcpus * 1024)
    need_mem = math.ceil(memory_gib * 1024)
    for cpu in sorted(RULES):
        if cpu < need_cpu:
            continue
        mems = parse(RULES[cpu])
        i = bisect_left(mems, need_mem)
        if i < len(mems):
            return cpu, mems[i]
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
