# Mistake: uses floor division // to count the millions, so 500,000 requests count as 0 millions and cost nothing.
def request_cost(requests):
    millions = requests // 1_000_000
    return millions * REQUEST_PRICE_PER_MILLION
