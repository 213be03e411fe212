# Plausible mistake: cuts the decimals off with int(), which rounds down.
# Property: never-rounds-down
def billed_ms(duration_ms):
    return int(duration_ms)
