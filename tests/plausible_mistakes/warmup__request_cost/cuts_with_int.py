# Plausible mistake: converts the cost to a whole number of dollars with int().
# Property: none
def request_cost(requests):
    return int(requests * REQUEST_PRICE_PER_MILLION / 1_000_000)
