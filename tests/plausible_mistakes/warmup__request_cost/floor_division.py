# Plausible mistake: counts the millions with //, which drops a part of a million.
# Property: part-of-a-million-counts
def request_cost(requests):
    millions = requests // 1_000_000
    return millions * REQUEST_PRICE_PER_MILLION
