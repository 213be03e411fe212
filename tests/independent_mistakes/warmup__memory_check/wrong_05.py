# Mistake: only checks the lower limit; a size above MAX_MEMORY_MB is returned instead of refused.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB:
        raise ValueError("memory below the minimum")
    return memory_mb
