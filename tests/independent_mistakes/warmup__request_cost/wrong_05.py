# Mistake: forgets that the price is per million requests and multiplies the request count by the price directly.
def request_cost(requests):
    return requests * REQUEST_PRICE_PER_MILLION
