# Mistake: the early exit for an empty dict is a bare "return", so no functions gives None instead of 0.
def total_bill(costs):
    if not costs:
        return
    total = 0
    for name in costs:
        total = total + costs[name]
    return total
