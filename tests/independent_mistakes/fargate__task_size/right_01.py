# Right: class holding the table in GB/vCPU, helper named check, compares the table to the request (no request conversion)
class FargateTable:
    ROWS = {
        256: [512, 1024, 2048],
        512: list(range(1024, 4096 + 1, 1024)),
        1024: list(range(2048, 8192 + 1, 1024)),
        2048: list(range(4096, 16384 + 1, 1024)),
        4096: list(range(8192, 30720 + 1, 1024)),
        8192: list(range(16384, 61440 + 1, 4096)),
        16384: list(range(32768, 122880 + 1, 8192)),
        32768: [61440, 122880, 249856],
    }

    def memories(self, cpu):
        return self.ROWS.get(cpu, [])

    def cpus(self):
        return sorted(self.ROWS)


TABLE = FargateTable()


def check(cpu, memory, vcpus, memory_gib):
    # cpu / 1024 and memory / 1024 are exact floats, so this compares to the last decimal
    return cpu / 1024 >= vcpus and memory / 1024 >= memory_gib


def is_valid_fargate_size(cpu, memory):
    return memory in TABLE.memories(cpu)


def smallest_valid_size(vcpus, memory_gib):
    for cpu in TABLE.cpus():
        for memory in TABLE.memories(cpu):
            if check(cpu, memory, vcpus, memory_gib):
                return (int(cpu), int(memory))
    raise ValueError(f"no Fargate task size has {vcpus} vCPU and {memory_gib} GB")
