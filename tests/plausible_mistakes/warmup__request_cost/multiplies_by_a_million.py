# Plausible mistake: multiplies by 1,000,000 instead of dividing by it.
# Property: divide-not-multiply
def request_cost(requests):
    return requests * REQUEST_PRICE_PER_MILLION * 1_000_000
