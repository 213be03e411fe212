# Right: a class of arithmetic rows (low, high, step) with Fraction maths that computes the first fitting memory directly, plus a `check` helper
from fractions import Fraction
from math import ceil


class Row:
    def __init__(self, cpu, low, high, step, extra=()):
        self.cpu, self.low, self.high, self.step = cpu, low, high, step
        self.extra = extra

    def memories(self):
        values = set(range(self.low, self.high + 1, self.step)) | set(self.extra)
        return sorted(values)

    def has(self, memory):
        return memory in self.memories()

    def first_at_least(self, need):
        for memory in self.memories():
            if memory >= need:
                return memory
        return None


# 0.25 vCPU: 512, 1024 or 2048 (not a regular step), so 512 is added to 1024..2048 step 1024
ROWS = [
    Row(256, 1024, 2048, 1024, extra=(512,)),
    Row(512, 1024, 4096, 1024),
    Row(1024, 2048, 8192, 1024),
    Row(2048, 4096, 16384, 1024),
    Row(4096, 8192, 30720, 1024),
    Row(8192, 16384, 61440, 4096),
    Row(16384, 32768, 122880, 8192),
]


def check(row, need_cpu, need_memory):
    if Fraction(row.cpu) < need_cpu:
        return None
    return row.first_at_least(need_memory)


def is_valid_fargate_size(cpu, memory):
    return any(row.cpu == cpu and row.has(memory) for row in ROWS)


def smallest_valid_size(vcpus, memory_gib):
    need_cpu = Fraction(vcpus) * 1024
    need_memory = Fraction(memory_gib) * 1024
    for row in ROWS:
        memory = check(row, need_cpu, need_memory)
        if memory is not None:
            return (int(row.cpu), int(memory))
    raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
