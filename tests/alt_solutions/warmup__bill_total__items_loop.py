# Loops over (name, cost) pairs with +=.
def total_bill(costs):
    total = 0.0
    for _name, cost in costs.items():
        total += cost
    return total
