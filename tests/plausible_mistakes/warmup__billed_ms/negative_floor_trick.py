# Plausible mistake: rounds up with -(-x // 1), which gives a float such as 2.0.
# Property: an-int
def billed_ms(duration_ms):
    return -(-duration_ms // BILLING_GRANULARITY_MS) * BILLING_GRANULARITY_MS
