# Plausible mistake: rounds up with math.ceil alone, to whole milliseconds, which is right
# only while BILLING_GRANULARITY_MS is 1.
# Property: follows-the-granularity
import math


def billed_ms(duration_ms):
    return math.ceil(duration_ms)
