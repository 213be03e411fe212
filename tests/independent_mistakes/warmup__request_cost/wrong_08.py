# Mistake: returns the cost as formatted text ("$0.20") instead of a number.
def request_cost(requests):
    cost = requests * REQUEST_PRICE_PER_MILLION / 1_000_000
    return f"${cost:.2f}"
