# Plausible mistake: returns None for an empty dict, on purpose.
# Property: empty-returns-0
def total_bill(costs):
    if len(costs) == 0:
        return None
    total = 0
    for name in costs:
        total = total + costs[name]
    return total
