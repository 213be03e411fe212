# Mistake: only the "not yet whole" path has a return; when the duration is already a multiple of the granularity the function falls off the end and gives None.
import math


def billed_ms(duration_ms):
    if duration_ms % BILLING_GRANULARITY_MS != 0:
        return math.ceil(duration_ms / BILLING_GRANULARITY_MS) * BILLING_GRANULARITY_MS
