# Plausible mistake: divides by the price instead of multiplying by it.
# Property: multiply-by-the-price
def request_cost(requests):
    millions = requests / 1_000_000
    return millions / REQUEST_PRICE_PER_MILLION
