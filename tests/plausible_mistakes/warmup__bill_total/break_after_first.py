# Plausible mistake: a `break` left in the loop stops it after the first cost.
# Property: every-cost-added
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
        break
    return total
