# Right: natural but slow: rebuilds the full list of every valid (cpu, memory) pair on each call, then takes the min of those that fit
def all_sizes():
    sizes = []
    for memory in (512, 1024, 2048):
        sizes.append((256, memory))
    for memory in range(1024, 4096 + 1, 1024):
        sizes.append((512, memory))
    for memory in range(2048, 8192 + 1, 1024):
        sizes.append((1024, memory))
    for memory in range(4096, 16384 + 1, 1024):
        sizes.append((2048, memory))
    for memory in range(8192, 30720 + 1, 1024):
        sizes.append((4096, memory))
    for memory in range(16384, 61440 + 1, 4096):
        sizes.append((8192, memory))
    for memory in range(32768, 122880 + 1, 8192):
        sizes.append((16384, memory))
    for memory in (61440, 122880, 249856):
        sizes.append((32768, memory))
    return sizes


def is_valid_fargate_size(cpu, memory):
    return (cpu, memory) in all_sizes()


def smallest_valid_size(vcpus, memory_gib):
    fitting = []
    for cpu, memory in all_sizes():
        if cpu >= vcpus * 1024 and memory >= memory_gib * 1024:
            fitting.append((cpu, memory))
    if not fitting:
        raise ValueError("no Fargate task size has %s vCPU and %s GB" % (vcpus, memory_gib))
    return min(fitting)
