# Plausible mistake: returns an error message instead of raising ValueError.
# Property: raise-do-not-return
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        return "invalid memory size"
    return memory_mb
