# Plausible mistake: returns only when the duration has decimals; a whole duration falls
# off the end of the function and gives None.
# Property: every-duration-billed
import math


def billed_ms(duration_ms):
    if duration_ms != int(duration_ms):
        return math.ceil(duration_ms / BILLING_GRANULARITY_MS) * BILLING_GRANULARITY_MS
