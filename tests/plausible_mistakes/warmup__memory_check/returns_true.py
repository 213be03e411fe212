# Plausible mistake: returns True for a valid size instead of the size.
# Property: valid-size-returned
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        raise ValueError("memory out of range")
    return True
