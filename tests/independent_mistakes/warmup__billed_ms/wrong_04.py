# Mistake: prints the billed milliseconds instead of returning them, so the function gives None.
import math


def billed_ms(duration_ms):
    billed = math.ceil(duration_ms / BILLING_GRANULARITY_MS) * BILLING_GRANULARITY_MS
    print(billed)
