# Plausible mistake: returns nothing for 0 requests (a bare `return`), so the cost is None.
# Property: every-count-costs
def request_cost(requests):
    if requests == 0:
        return
    return requests * REQUEST_PRICE_PER_MILLION / 1_000_000
