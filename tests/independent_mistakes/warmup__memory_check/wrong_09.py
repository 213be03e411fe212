# Mistake: uses assert to refuse bad sizes, which raises AssertionError, not ValueError.
def check_memory(memory_mb):
    assert MIN_MEMORY_MB <= memory_mb <= MAX_MEMORY_MB, "memory out of range"
    return memory_mb
