# Plausible mistake: raises TypeError instead of ValueError.
# Property: a-valueerror
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        raise TypeError("memory out of range")
    return memory_mb
