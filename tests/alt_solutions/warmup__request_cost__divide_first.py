# Divides the requests into millions first.
def request_cost(requests):
    millions = requests / 1_000_000
    return millions * REQUEST_PRICE_PER_MILLION
