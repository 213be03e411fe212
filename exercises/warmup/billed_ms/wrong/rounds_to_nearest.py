# Plausible mistake: rounds to the nearest millisecond instead of up.
def billed_ms(duration_ms):
    return round(duration_ms)
