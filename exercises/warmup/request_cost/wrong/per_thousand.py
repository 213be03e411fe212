# Plausible mistake: divides by 1,000 instead of 1,000,000.
# Property: divide-by-a-million
def request_cost(requests):
    return requests * REQUEST_PRICE_PER_MILLION / 1_000
