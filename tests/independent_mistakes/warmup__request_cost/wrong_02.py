# Mistake: rounds the cost to cents with round(..., 2), although nothing may be rounded; 1,000 requests cost 0.0002, not 0.0.
def request_cost(requests):
    cost = requests * REQUEST_PRICE_PER_MILLION / 1_000_000
    return round(cost, 2)
