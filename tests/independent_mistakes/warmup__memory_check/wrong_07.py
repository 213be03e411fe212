# Mistake: prints an error message instead of raising, then returns the bad size as if it were fine.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        print("memory out of range")
    return memory_mb
