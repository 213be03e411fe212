# Plausible mistake: checks only the minimum.
# Property: above-maximum-refused
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB:
        raise ValueError("not enough memory")
    return memory_mb
