# Mistake: uses round() instead of math.ceil, so 1.2 ms goes to the nearest (1) instead of up (2).
import math


def billed_ms(duration_ms):
    return round(duration_ms / BILLING_GRANULARITY_MS) * BILLING_GRANULARITY_MS
