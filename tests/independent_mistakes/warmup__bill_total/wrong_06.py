# Mistake: the index loop uses range(len(names) - 1), so it stops one early and the last function's cost is never added.
def total_bill(costs):
    names = list(costs)
    total = 0
    for i in range(len(names) - 1):
        total = total + costs[names[i]]
    return total
