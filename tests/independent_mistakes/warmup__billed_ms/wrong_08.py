# Mistake: tries to round up with round(x + 0.5); Python rounds halves to even, so an odd whole number such as 3 ms becomes round(3.5) = 4.
import math


def billed_ms(duration_ms):
    steps = round(duration_ms / BILLING_GRANULARITY_MS + 0.5)
    return steps * BILLING_GRANULARITY_MS
