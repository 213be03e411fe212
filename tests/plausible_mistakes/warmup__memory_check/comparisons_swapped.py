# Plausible mistake: swaps the comparisons, which refuses every valid size.
# Property: valid-size-accepted
def check_memory(memory_mb):
    if memory_mb > MIN_MEMORY_MB or memory_mb < MAX_MEMORY_MB:
        raise ValueError("memory out of range")
    return memory_mb
