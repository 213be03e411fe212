# Plausible mistake: uses Lambda's old 100 ms billing steps.
# Property: one-ms-steps
import math


def billed_ms(duration_ms):
    return math.ceil(duration_ms / 100) * 100
