# Plausible mistake: prints the cost with a label instead of returning it.
# Property: none
def request_cost(requests):
    cost = requests * REQUEST_PRICE_PER_MILLION / 1_000_000
    print("Cost:", cost)
