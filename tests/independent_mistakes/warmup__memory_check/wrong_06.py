# Mistake: no "return memory_mb" at the end, so a valid size gives None instead of the size.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        raise ValueError("memory out of range")
