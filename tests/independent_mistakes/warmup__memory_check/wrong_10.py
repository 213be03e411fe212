# Mistake: the try/except catches its own ValueError and returns None, so the error never reaches the caller.
def check_memory(memory_mb):
    try:
        if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
            raise ValueError("memory out of range")
        return memory_mb
    except ValueError:
        return None
