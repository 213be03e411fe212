# Plausible mistake: adds 0.5 and rounds to the nearest, which also adds 1 to some whole numbers.
# Property: whole-stays-whole
def billed_ms(duration_ms):
    return round(duration_ms + 0.5)
