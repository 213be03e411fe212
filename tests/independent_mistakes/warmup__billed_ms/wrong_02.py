# Mistake: uses int() to make a whole number, which cuts the decimals off (rounds down): 1.2 ms is billed as 1.
import math


def billed_ms(duration_ms):
    steps = int(duration_ms / BILLING_GRANULARITY_MS)
    return steps * BILLING_GRANULARITY_MS
