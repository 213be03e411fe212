# A chained comparison, negated.
def check_memory(memory_mb):
    if not MIN_MEMORY_MB <= memory_mb <= MAX_MEMORY_MB:
        raise ValueError(f"{memory_mb} MB is outside the allowed range")
    return memory_mb
