# Plausible mistake: uses round with one decimal place, which leaves 1.2 as it is.
# Property: rounded-at-all
def billed_ms(duration_ms):
    return round(duration_ms, 1)
