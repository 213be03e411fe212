# Right: recursion over the list of costs (first cost plus the total of the rest), 0 for an empty list.
def total_bill(costs):
    return _total(list(costs.values()))


def _total(values):
    if not values:
        return 0
    return values[0] + _total(values[1:])
