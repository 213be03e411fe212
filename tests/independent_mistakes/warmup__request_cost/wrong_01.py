# Mistake: prints the cost instead of returning it, so the function gives None.
def request_cost(requests):
    print(requests * REQUEST_PRICE_PER_MILLION / 1_000_000)
