# Plausible mistake: joins the two tests with and, which is never true.
# Property: out-of-range-refused
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB and memory_mb > MAX_MEMORY_MB:
        raise ValueError("memory out of range")
    return memory_mb
