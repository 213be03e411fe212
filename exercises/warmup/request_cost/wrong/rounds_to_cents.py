# Plausible mistake: rounds the cost to cents, which turns small bills into 0.
# Property: not-rounded
def request_cost(requests):
    return round(requests * REQUEST_PRICE_PER_MILLION / 1_000_000, 2)
