# Plausible mistake: multiplies the costs together.
# Property: none
def total_bill(costs):
    total = 1
    for name in costs:
        total = total * costs[name]
    return total
