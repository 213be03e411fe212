import bisect
import math

TABLE = [
    (256, [512, 1024, 2048]),
    (512, list(range(1024, 4097, 1024))),
    (1024, list(range(2048, 8193, 1024))),
    (2048, list(range(4096, 16385, 1024))),
    (4096, list(range(8192, 30721, 1024))),
    (8192, list(range(16384, 61441, 4096))),
    (16384, list(range(32768, 122881, 8192))),
    (32768, [61440, 122880, 249856]),
]


def is_valid_fargate_size(cpu, memory):
    for units, memories in TABLE:
        if units == cpu:
            return memory in memories
    return False


class NoSizeFits(ValueError):
    pass


def smallest_valid_size(vcpus, memory_gib):
    need_cpu = math.ceil(vcpus * 1024)
    need_memory = math.ceil(memory_gib * 1024)
    for units, memories in TABLE:
        if units >= need_cpu:
            i = bisect.bisect_left(memories, need_memory)
            if i < len(memories):
                return units, memories[i]
    raise NoSizeFits(f"{vcpus} vCPU / {memory_gib} GB")
