# Every valid pair in one set; the smallest by min() with a sort key; float division.
VALID = {(256, 512), (256, 1024), (256, 2048)}
VALID |= {(512, m * 1024) for m in range(1, 5)}
VALID |= {(1024, m * 1024) for m in range(2, 9)}
VALID |= {(2048, m * 1024) for m in range(4, 17)}
VALID |= {(4096, m * 1024) for m in range(8, 31)}
VALID |= {(8192, m * 1024) for m in range(16, 61, 4)}
VALID |= {(16384, m * 1024) for m in range(32, 121, 8)}
VALID |= {(32768, m * 1024) for m in (60, 120, 244)}


def is_valid_fargate_size(cpu, memory):
    return (cpu, memory) in VALID


def smallest_valid_size(vcpus, memory_gib):
    fits = [pair for pair in VALID if pair[0] / 1024 >= vcpus and pair[1] / 1024 >= memory_gib]
    if not fits:
        raise ValueError("too big for Fargate")
    return min(fits, key=lambda pair: (pair[0], pair[1]))
