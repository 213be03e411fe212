# Plausible mistake: prints the cost instead of returning it.
# Property: cost-is-returned
def request_cost(requests):
    print(requests * REQUEST_PRICE_PER_MILLION / 1_000_000)
