# One test per limit, each with its own message.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB:
        raise ValueError("not enough memory")
    if memory_mb > MAX_MEMORY_MB:
        raise ValueError("too much memory")
    return memory_mb
