# Mistake: uses <= and >= in the refusal test, so the limits themselves (128 and 10240 MB), which are allowed, raise ValueError.
def check_memory(memory_mb):
    if memory_mb <= MIN_MEMORY_MB or memory_mb >= MAX_MEMORY_MB:
        raise ValueError("memory out of range")
    return memory_mb
