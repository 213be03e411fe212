# Plausible mistake: uses math.floor, which rounds down.
# Property: never-rounds-down
import math


def billed_ms(duration_ms):
    steps = math.floor(duration_ms / BILLING_GRANULARITY_MS)
    return steps * BILLING_GRANULARITY_MS
