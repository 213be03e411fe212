# Mistake: wrong return type, smallest_valid_size returns a list [cpu, memory] instead of a tuple
import json

SIZES = json.loads("""{
  "256": [512, 1024, 2048],
  "512": [1024, 2048, 3072, 4096],
  "1024": [2048, 3072, 4096, 5120, 6144, 7168, 8192]
}""")
SIZES = {int(cpu): mems for cpu, mems in SIZES.items()}
SIZES[2048] = list(range(4096, 16385, 1024))
SIZES[4096] = list(range(8192, 30721, 1024))
SIZES[8192] = list(range(16384, 61441, 4096))
SIZES[16384] = list(range(32768, 122881, 8192))


def is_valid_fargate_size(cpu, memory):
    return memory in SIZES.get(cpu, [])


def smallest_valid_size(vcpus, memory_gib):
    for cpu in sorted(SIZES):
        if cpu >= vcpus * 1024:
            for memory in SIZES[cpu]:
                if memory >= memory_gib * 1024:
                    return [cpu, memory]
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
