# Plausible mistake: starts the total at 0 inside the loop over .items().
# Property: total-starts-once
def total_bill(costs):
    for name, cost in costs.items():
        total = 0
        total += cost
    return total
