# Plausible mistake: returns False for a bad size instead of raising.
# Property: raise-do-not-return
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        return False
    return memory_mb
