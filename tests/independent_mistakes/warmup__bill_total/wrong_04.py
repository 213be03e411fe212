# Mistake: converts each cost with int() before adding, which cuts off the cents (1.5 + 0.25 becomes 1 + 0).
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + int(costs[name])
    return total
