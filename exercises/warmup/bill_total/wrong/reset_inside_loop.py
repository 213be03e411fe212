# Plausible mistake: sets the total to 0 inside the loop, so only the last cost is kept.
# Property: total-starts-once
def total_bill(costs):
    for name in costs:
        total = 0
        total = total + costs[name]
    return total
