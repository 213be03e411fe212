# Mistake: writes the price as the number 0.20 instead of using REQUEST_PRICE_PER_MILLION, which the statement asks for; the answer is wrong as soon as the price in the editor changes.
def request_cost(requests):
    return requests * 0.20 / 1_000_000
