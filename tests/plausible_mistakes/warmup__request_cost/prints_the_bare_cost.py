# Plausible mistake: computes the cost in a variable, then prints it instead of returning it.
# Property: cost-is-returned
def request_cost(requests):
    total = requests / 1_000_000 * REQUEST_PRICE_PER_MILLION
    print(total)
