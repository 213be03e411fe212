# Plausible mistake: returns the largest cost instead of the sum.
# Property: none
def total_bill(costs):
    return max(costs.values())
