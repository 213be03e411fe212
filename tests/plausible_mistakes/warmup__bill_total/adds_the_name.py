# Plausible mistake: adds the loop variable (the name) instead of the cost stored under it.
# Property: costs-not-names
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + name
    return total
