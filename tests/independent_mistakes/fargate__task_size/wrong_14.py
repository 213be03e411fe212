# Mistake: unit slip on CPU: smallest_valid_size compares CPU units directly with the vCPU request (`cpu >= vcpus`, no * 1024), so the vCPU need is ignored (2 vCPU with 1 GB gives (256, 1024))
def helper():
    pairs = [(256, m) for m in (512, 1024, 2048)]
    pairs += [(512, m) for m in range(1024, 4097, 1024)]
    pairs += [(1024, m) for m in range(2048, 8193, 1024)]
    pairs += [(2048, m) for m in range(4096, 16385, 1024)]
    pairs += [(4096, m) for m in range(8192, 30721, 1024)]
    pairs += [(8192, m) for m in range(16384, 61441, 4096)]
    pairs += [(16384, m) for m in range(32768, 122881, 8192)]
    pairs += [(32768, m) for m in (61440, 122880, 249856)]
    return pairs


PAIRS = helper()


def is_valid_fargate_size(cpu, memory):
    return (cpu, memory) in PAIRS


def smallest_valid_size(vcpus, memory_gib):
    for cpu, memory in PAIRS:
        if cpu >= vcpus and memory >= memory_gib * 1024:
            return (cpu, memory)
    raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
