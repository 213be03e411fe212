# Mistake: rounds the number of millions up with math.ceil (bills whole millions), so 500,000 requests cost as much as 1 million.
import math


def request_cost(requests):
    millions = math.ceil(requests / 1_000_000)
    return millions * REQUEST_PRICE_PER_MILLION
