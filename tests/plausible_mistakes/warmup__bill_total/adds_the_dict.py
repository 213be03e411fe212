# Plausible mistake: adds the whole dict to the total.
# Property: none
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs
    return total
