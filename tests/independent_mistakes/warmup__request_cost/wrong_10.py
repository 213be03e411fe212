# Mistake: converts the result with int(), which cuts the cents off: half a million requests cost 0 instead of 0.1.
def request_cost(requests):
    return int(requests * REQUEST_PRICE_PER_MILLION / 1_000_000)
