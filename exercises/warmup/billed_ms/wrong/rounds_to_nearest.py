# Plausible mistake: rounds to the nearest millisecond instead of up.
# Property: up-not-nearest
def billed_ms(duration_ms):
    return round(duration_ms)
