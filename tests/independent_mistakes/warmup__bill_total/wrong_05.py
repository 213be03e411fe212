# Mistake: rounds the total to one decimal place (round(total, 1)) before returning it, so 1.75 comes back as 1.8.
def total_bill(costs):
    total = 0.0
    for cost in costs.values():
        total += cost
    return round(total, 1)
