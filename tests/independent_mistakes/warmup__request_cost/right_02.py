# Right: exact Fraction arithmetic in a helper named check, converted to float at the end.
from fractions import Fraction


def check(requests, price_per_million):
    return float(Fraction(requests) * Fraction(str(price_per_million)) / 1_000_000)


def request_cost(requests):
    return check(requests, REQUEST_PRICE_PER_MILLION)
