# Cuts the decimals, then adds one step when something was cut.
def billed_ms(duration_ms):
    steps = int(duration_ms // BILLING_GRANULARITY_MS)
    if steps * BILLING_GRANULARITY_MS < duration_ms:
        steps += 1
    return steps * BILLING_GRANULARITY_MS
