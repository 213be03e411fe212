# Plausible mistake: adds 1 per function (counts them) instead of adding their costs.
# Property: adds-the-costs
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + 1
    return total
