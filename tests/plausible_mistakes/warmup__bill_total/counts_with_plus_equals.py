# Plausible mistake: adds 1 for each function with +=.
# Property: adds-the-costs
def total_bill(costs):
    total = 0
    for name, cost in costs.items():
        total += 1
    return total
