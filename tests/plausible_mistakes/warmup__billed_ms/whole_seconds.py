# Plausible mistake: rounds up to whole seconds (1000 ms).
# Property: none
import math


def billed_ms(duration_ms):
    return math.ceil(duration_ms / 1000) * 1000
