# Rounds up with floor division of the negative value, converted to an int.
def billed_ms(duration_ms):
    return int(-(-duration_ms // BILLING_GRANULARITY_MS)) * BILLING_GRANULARITY_MS
