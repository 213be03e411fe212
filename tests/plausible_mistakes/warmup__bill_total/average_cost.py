# Plausible mistake: divides the sum by the number of functions (an average).
# Property: a-total-not-an-average
def total_bill(costs):
    if not costs:
        return 0
    return sum(costs.values()) / len(costs)
