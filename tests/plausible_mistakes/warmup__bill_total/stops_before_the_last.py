# Plausible mistake: an index loop that stops one cost early, so the last cost is left out.
# Property: last-cost-too
def total_bill(costs):
    values = list(costs.values())
    total = 0
    i = 0
    while i < len(values) - 1:
        total = total + values[i]
        i = i + 1
    return total
