# Plausible mistake: multiplies by the granularity but never rounds.
# Property: rounded-at-all
def billed_ms(duration_ms):
    return duration_ms * BILLING_GRANULARITY_MS
