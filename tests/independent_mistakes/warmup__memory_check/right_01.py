# Right: helper named _expect that raises ValueError when a condition fails, with a chained comparison.
def _expect(condition, message):
    if not condition:
        raise ValueError(message)


def check_memory(memory_mb):
    _expect(MIN_MEMORY_MB <= memory_mb <= MAX_MEMORY_MB, "memory out of range")
    return memory_mb
