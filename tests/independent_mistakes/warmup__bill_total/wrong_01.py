# Mistake: the "return total" is indented inside the loop, so the function returns after adding only the first function's cost.
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
        return total
    return total
