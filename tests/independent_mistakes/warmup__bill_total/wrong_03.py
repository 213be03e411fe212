# Mistake: prints the total at the end instead of returning it, so the function gives None.
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
    print(total)
