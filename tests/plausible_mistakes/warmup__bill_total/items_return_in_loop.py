# Plausible mistake: loops over .items() but returns inside the loop.
# Property: return-after-the-loop
def total_bill(costs):
    total = 0
    for name, cost in costs.items():
        total += cost
        return total
