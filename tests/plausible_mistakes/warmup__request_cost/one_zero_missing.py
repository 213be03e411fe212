# Plausible mistake: divides by 100,000 (one zero missing).
# Property: none
def request_cost(requests):
    return requests * REQUEST_PRICE_PER_MILLION / 100_000
