# Mistake: raises a plain Exception instead of a ValueError.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        raise Exception("memory out of range")
    return memory_mb
