# Mistake: when nothing fits, smallest_valid_size falls off the end of the loop and returns None instead of raising ValueError (the raise is missing after the loop)
class TaskSizes:
    def __init__(self):
        self.rows = [
            (256, [512, 1024, 2048]),
            (512, list(range(1024, 4097, 1024))),
            (1024, list(range(2048, 8193, 1024))),
            (2048, list(range(4096, 16385, 1024))),
            (4096, list(range(8192, 30721, 1024))),
            (8192, list(range(16384, 61441, 4096))),
            (16384, list(range(32768, 122881, 8192))),
            (32768, [61440, 122880, 249856]),
        ]

    def pairs(self):
        for cpu, mems in self.rows:
            for mem in mems:
                yield cpu, mem


SIZES = TaskSizes()


def is_valid_fargate_size(cpu, memory):
    return (cpu, memory) in set(SIZES.pairs())


def smallest_valid_size(vcpus, memory_gib):
    for cpu, mem in SIZES.pairs():
        if cpu >= vcpus * 1024 and mem >= memory_gib * 1024:
            return (cpu, mem)
