# Mistake: uses math.floor instead of math.ceil, rounding down: 1.2 ms is billed as 1.
import math


def billed_ms(duration_ms):
    return math.floor(duration_ms / BILLING_GRANULARITY_MS) * BILLING_GRANULARITY_MS
