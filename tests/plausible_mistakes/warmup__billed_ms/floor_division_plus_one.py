# Plausible mistake: drops the decimals with // and adds 1, even to a whole number.
# Property: whole-stays-whole
def billed_ms(duration_ms):
    return duration_ms // 1 + 1
