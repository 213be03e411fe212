# Plausible mistake: prints the total after the loop instead of returning it.
# Property: none
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
    print(total)
