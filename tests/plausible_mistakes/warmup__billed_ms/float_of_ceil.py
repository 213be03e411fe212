# Plausible mistake: converts the result of math.ceil to a float.
# Property: an-int
import math


def billed_ms(duration_ms):
    return float(math.ceil(duration_ms / BILLING_GRANULARITY_MS) * BILLING_GRANULARITY_MS)
