# Plausible mistake: starts from the first cost, which fails when there is none.
# Property: no-functions-no-cost
def total_bill(costs):
    names = list(costs)
    total = costs[names[0]]
    for name in names[1:]:
        total = total + costs[name]
    return total
