# Plausible mistake: counts the steps of BILLING_GRANULARITY_MS (rounded up) and returns
# that count, not the milliseconds.
# Property: milliseconds-not-steps
def billed_ms(duration_ms):
    steps = int(duration_ms // BILLING_GRANULARITY_MS)
    if steps * BILLING_GRANULARITY_MS < duration_ms:
        steps = steps + 1
    return steps
