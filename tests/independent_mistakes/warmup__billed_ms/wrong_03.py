# Mistake: always adds one step to the floor ("duration // granularity + 1"), so a whole 100 ms is billed as 101.
import math


def billed_ms(duration_ms):
    steps = duration_ms // BILLING_GRANULARITY_MS + 1
    return int(steps * BILLING_GRANULARITY_MS)
