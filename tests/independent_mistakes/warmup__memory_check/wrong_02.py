# Mistake: returns the text "invalid" for a bad size instead of raising ValueError.
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        return "invalid"
    return memory_mb
