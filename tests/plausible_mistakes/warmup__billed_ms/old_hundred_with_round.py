# Plausible mistake: rounds to the nearest 100 ms.
# Property: none
def billed_ms(duration_ms):
    return round(duration_ms / 100) * 100
