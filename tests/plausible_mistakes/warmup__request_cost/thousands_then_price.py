# Plausible mistake: converts the requests to thousands, not millions, before multiplying.
# Property: divide-by-a-million
def request_cost(requests):
    thousands = requests / 1000
    return thousands * REQUEST_PRICE_PER_MILLION
