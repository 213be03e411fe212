# Plausible mistake: treats the price per million as the price of one request.
# Property: price-is-for-a-million
def request_cost(requests):
    return requests * REQUEST_PRICE_PER_MILLION
