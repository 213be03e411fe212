# Mistake: adds 1 per function (total = total + 1) instead of the function's cost, so it counts the functions.
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + 1
    return total
