# Mistake: unit slip, writes the maximum as 10 GB = 10 * 1000 MB instead of using MAX_MEMORY_MB (10240), so 10001 to 10240 MB are refused.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > 10 * 1000:
        raise ValueError("memory out of range")
    return memory_mb
