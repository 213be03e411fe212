# Plausible mistake: uses an old maximum, 3008 MB, typed by hand.
# Property: valid-size-accepted
def check_memory(memory_mb):
    if memory_mb < 128 or memory_mb > 3008:
        raise ValueError("memory out of range")
    return memory_mb
