# Mistake: misread row: the 4 vCPU row runs up to 32768 MiB (32 GB) instead of 30720 (`range(8192, 32769, 1024)`), so 4096 CPU with 31 or 32 GB is accepted
import json

SIZES = json.loads("""{
    "256": [512, 1024, 2048],
    "32768": [61440, 122880, 249856]
}""")
RANGES = {
    "512": (1024, 4097, 1024),
    "1024": (2048, 8193, 1024),
    "2048": (4096, 16385, 1024),
    "4096": (8192, 32769, 1024),
    "8192": (16384, 61441, 4096),
    "16384": (32768, 122881, 8192),
}
for key, (start, stop, step) in RANGES.items():
    SIZES[key] = list(range(start, stop, step))


def is_valid_fargate_size(cpu, memory):
    return memory in SIZES.get(str(cpu), [])


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(SIZES, key=int):
        if int(cpu) >= vcpus * 1024:
            for memory in SIZES[cpu]:
                if memory >= memory_gib * 1024:
                    return (int(cpu), memory)
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
