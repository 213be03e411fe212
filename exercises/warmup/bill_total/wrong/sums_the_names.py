# Plausible mistake: calls sum() on the dict, which adds up its keys (the names).
# Property: costs-not-names
def total_bill(costs):
    return sum(costs)
