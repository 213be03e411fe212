# Right: clamps the size with max/min and refuses it when clamping changed it; the raise is in a helper named check.
def check(memory_mb):
    clamped = max(MIN_MEMORY_MB, min(memory_mb, MAX_MEMORY_MB))
    if clamped != memory_mb:
        raise ValueError("memory out of range: %s MB" % memory_mb)
    return memory_mb


def check_memory(memory_mb):
    return check(memory_mb)
