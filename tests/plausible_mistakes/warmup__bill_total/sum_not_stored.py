# Plausible mistake: computes total + cost but never stores it back in total.
# Property: total-is-updated
def total_bill(costs):
    total = 0
    for name in costs:
        total + costs[name]
    return total
