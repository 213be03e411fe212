# Mistake: joins the two conditions with "and" instead of "or"; no size is both too small and too big, so nothing is ever refused.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB and memory_mb > MAX_MEMORY_MB:
        raise ValueError("memory out of range")
    return memory_mb
