# Plausible mistake: checks the range with assert, which raises AssertionError.
# Property: a-valueerror
def check_memory(memory_mb):
    assert MIN_MEMORY_MB <= memory_mb <= MAX_MEMORY_MB, 'memory out of range'
    return memory_mb
