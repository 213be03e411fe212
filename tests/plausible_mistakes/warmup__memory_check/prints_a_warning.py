# Plausible mistake: prints a warning for a size out of range instead of raising, then
# returns the size as if it were valid.
# Property: no-size-out-of-range
def check_memory(memory_mb):
    if not MIN_MEMORY_MB <= memory_mb <= MAX_MEMORY_MB:
        print("warning: memory out of range")
    return memory_mb
