# Mistake: two stable sorts done in the wrong order (price first, then name), so the last sort by name wins and the price order is lost.
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: p["price"])
    ordered = sorted(ordered, key=lambda p: p["name"])
    return [p["name"] for p in ordered]
