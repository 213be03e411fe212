# Right: divides first (number of millions) and then multiplies by the price, with the million as a named constant.
ONE_MILLION = 10 ** 6


def request_cost(requests):
    millions = requests / ONE_MILLION
    return millions * REQUEST_PRICE_PER_MILLION
