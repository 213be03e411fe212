# Mistake: unit slip, rounds up to whole seconds (divides and multiplies by 1000) instead of to BILLING_GRANULARITY_MS milliseconds.
import math


def billed_ms(duration_ms):
    seconds = math.ceil(duration_ms / 1000)
    return seconds * 1000
