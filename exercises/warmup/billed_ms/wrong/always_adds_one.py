# Plausible mistake: adds 1 after cutting the decimals, even to a whole number.
# Property: whole-stays-whole
def billed_ms(duration_ms):
    return int(duration_ms) + 1
