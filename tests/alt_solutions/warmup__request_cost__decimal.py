# Exact decimal arithmetic, converted back to a float.
from decimal import Decimal


def request_cost(requests):
    exact = Decimal(requests) * Decimal(str(REQUEST_PRICE_PER_MILLION)) / Decimal(10) ** 6
    return float(exact)
