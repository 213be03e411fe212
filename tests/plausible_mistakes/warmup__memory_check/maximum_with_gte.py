# Plausible mistake: refuses the maximum itself (>= on the high side).
# Property: maximum-is-allowed
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb >= MAX_MEMORY_MB:
        raise ValueError("memory out of range")
    return memory_mb
