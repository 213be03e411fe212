# Mistake: returns True for a valid size (wrong return value) instead of memory_mb unchanged.
def check_memory(memory_mb):
    if not (MIN_MEMORY_MB <= memory_mb <= MAX_MEMORY_MB):
        raise ValueError("memory out of range")
    return True
