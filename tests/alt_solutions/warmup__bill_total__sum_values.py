# The built-in sum over the dict's values.
def total_bill(costs):
    return sum(costs.values())
