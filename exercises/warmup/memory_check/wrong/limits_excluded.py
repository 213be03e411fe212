# Plausible mistake: uses <= and >=, which refuses the limits themselves.
# Property: minimum-is-allowed
def check_memory(memory_mb):
    if memory_mb <= MIN_MEMORY_MB or memory_mb >= MAX_MEMORY_MB:
        raise ValueError("memory out of range")
    return memory_mb
