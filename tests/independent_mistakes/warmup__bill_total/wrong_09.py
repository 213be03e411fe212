# Mistake: divides the sum by the number of functions at the end (an average, not a total), and crashes on an empty dict.
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
    return total / len(costs)
