# Two stable sorts: by the tie-breaker first, then by the main key.
def plan_order(plans):
    by_name = sorted(plans, key=lambda p: p["name"])
    by_price = sorted(by_name, key=lambda p: p["price"])
    return [p["name"] for p in by_price]
