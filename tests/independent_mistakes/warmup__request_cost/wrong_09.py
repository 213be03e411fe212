# Mistake: the return is only under "if requests > 0", so zero requests gives None instead of 0.0.
def request_cost(requests):
    if requests > 0:
        return requests * REQUEST_PRICE_PER_MILLION / 1_000_000
