# Plausible mistake: sorts by price, then by name, so the name decides in the end.
# Property: price-decides-first
def plan_order(plans):
    by_price = sorted(plans, key=lambda p: p["price"])
    by_name = sorted(by_price, key=lambda p: p["name"])
    return [p["name"] for p in by_name]
