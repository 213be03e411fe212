# Mistake: "total = 0" is inside the loop, so the total is reset for every function and only the last cost is returned.
def total_bill(costs):
    total = 0
    for name in costs:
        total = 0
        total = total + costs[name]
    return total
