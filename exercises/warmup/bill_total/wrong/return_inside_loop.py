# Plausible mistake: `return` is indented inside the loop, so it returns after the first cost.
# Property: return-after-the-loop
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
        return total
