# Plausible mistake: replaces the total with each cost instead of adding to it.
# Property: total-starts-once
def total_bill(costs):
    total = 0
    for name in costs:
        total = costs[name]
    return total
