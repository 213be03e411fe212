# Mistake: divides by the granularity and rounds up but forgets to multiply back, so it returns a number of steps, not milliseconds (wrong as soon as the granularity is not 1).
import math


def billed_ms(duration_ms):
    return math.ceil(duration_ms / BILLING_GRANULARITY_MS)
