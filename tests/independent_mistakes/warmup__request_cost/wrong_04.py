# Mistake: unit slip, divides by 1,000 (thousands) instead of 1,000,000 (millions), so every cost is 1000 times too big.
def request_cost(requests):
    return requests / 1_000 * REQUEST_PRICE_PER_MILLION
