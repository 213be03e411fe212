# Plausible mistake: rounds the total to whole dollars with round().
# Property: not-rounded
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
    return round(total)
