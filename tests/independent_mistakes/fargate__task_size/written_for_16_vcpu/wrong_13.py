# Mistake: unit slip in the CPU test: `cpu >= vcpus * 1000` counts 1000 CPU units per vCPU instead of 1024, so e.g. 0.256 vCPU gets 256 units and 16.2 vCPU gets 16384 units instead of an error
import re

TABLE_TEXT = """
256: 512 1024 2048
512: 1024-4096/1024
1024: 2048-8192/1024
2048: 4096-16384/1024
4096: 8192-30720/1024
8192: 16384-61440/4096
16384: 32768-122880/8192
"""


def parse(text):
    table = {}
    for line in text.strip().splitlines():
        cpu, rest = line.split(":")
        m = re.fullmatch(r"\s*(\d+)-(\d+)/(\d+)\s*", rest)
        if m:
            low, high, step = map(int, m.groups())
            table[int(cpu)] = list(range(low, high + 1, step))
        else:
            table[int(cpu)] = [int(x) for x in rest.split()]
    return table


TABLE = parse(TABLE_TEXT)


def is_valid_fargate_size(cpu, memory):
    return memory in TABLE.get(cpu, [])


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(TABLE):
        if cpu >= vcpus * 1000:
            for memory in TABLE[cpu]:
                if memory >= memory_gib * 1024:
                    return (cpu, memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
