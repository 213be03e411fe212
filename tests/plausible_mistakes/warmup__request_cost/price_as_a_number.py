# Plausible mistake: writes today's price as a number instead of REQUEST_PRICE_PER_MILLION,
# so the cost does not follow the name.
# Property: follows-the-price
def request_cost(requests):
    price = 0.2
    return requests / 1_000_000 * price
