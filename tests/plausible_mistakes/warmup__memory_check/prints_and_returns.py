# Plausible mistake: prints a message and returns nothing for a bad size.
# Property: raise-do-not-return
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        print("invalid memory size")
        return
    return memory_mb
