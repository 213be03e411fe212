# Plausible mistake: rounds up to 10 ms steps.
# Property: none
import math


def billed_ms(duration_ms):
    return math.ceil(duration_ms / 10) * 10
