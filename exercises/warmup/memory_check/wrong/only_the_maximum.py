# Plausible mistake: checks only the maximum.
# Property: below-minimum-refused
def check_memory(memory_mb):
    if memory_mb > MAX_MEMORY_MB:
        raise ValueError("too much memory")
    return memory_mb
