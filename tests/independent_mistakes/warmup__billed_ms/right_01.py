# Right: ceiling division with the negative floor-division trick -(-a // b), converted to int.
import math


def billed_ms(duration_ms):
    steps = int(-(-duration_ms // BILLING_GRANULARITY_MS))
    return steps * BILLING_GRANULARITY_MS
