# Plausible mistake: returns the price of one request, whatever the number of requests.
# Property: none
def request_cost(requests):
    return REQUEST_PRICE_PER_MILLION / 1_000_000
