# Mistake: the 32 vCPU row is treated like the others, a range 61440 to 249856 in steps of 8192 (line `32768: range(61440, 249857, 8192)`), so 131072 MiB is accepted and 16 vCPU with 121 GB gets 32 vCPU with 124 GB instead of 244 GB
TABLE = {
    256: [512, 1024, 2048],
    512: range(1024, 4097, 1024),
    1024: range(2048, 8193, 1024),
    2048: range(4096, 16385, 1024),
    4096: range(8192, 30721, 1024),
    8192: range(16384, 61441, 4096),
    16384: range(32768, 122881, 8192),
    32768: range(61440, 249857, 8192),
}


def is_valid_fargate_size(cpu, memory):
    return cpu in TABLE and memory in TABLE[cpu]


def smallest_valid_size(vcpus, memory_gib):
    need_cpu = vcpus * 1024
    need_mem = memory_gib * 1024
    for cpu in sorted(TABLE):
        if cpu >= need_cpu:
            for mem in TABLE[cpu]:
                if mem >= need_mem:
                    return cpu, mem
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
