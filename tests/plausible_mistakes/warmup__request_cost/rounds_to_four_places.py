# Plausible mistake: rounds the cost to 4 decimal places to make it look tidy.
# Property: not-rounded
def request_cost(requests):
    cost = requests * REQUEST_PRICE_PER_MILLION / 1_000_000
    return round(cost, 4)
