# Right: Decimal arithmetic on the request, sorted list of rows, next() over a generator
from decimal import Decimal

_SIZES = [
    (256, (512, 1024, 2048)),
    (512, tuple(range(1024, 4097, 1024))),
    (1024, tuple(range(2048, 8193, 1024))),
    (2048, tuple(range(4096, 16385, 1024))),
    (4096, tuple(range(8192, 30721, 1024))),
    (8192, tuple(range(16384, 61441, 4096))),
    (16384, tuple(range(32768, 122881, 8192))),
    (32768, (61440, 122880, 249856)),
]


def is_valid_fargate_size(cpu, memory):
    for units, mems in _SIZES:
        if units == cpu:
            return memory in mems
    return False


def _expect(value):
    return Decimal(str(value)) * 1024


def smallest_valid_size(vcpus, memory_gib):
    need_cpu = _expect(vcpus)
    need_mem = _expect(memory_gib)
    found = next(
        ((units, mem) for units, mems in _SIZES if units >= need_cpu
         for mem in mems if mem >= need_mem),
        None,
    )
    if found is None:
        raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
    return found
