# Mistake: the name sort uses reverse=True, so plans with the same price are listed Z to A instead of A to Z.
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: p["name"], reverse=True)
    ordered = sorted(ordered, key=lambda p: p["price"])
    return [p["name"] for p in ordered]
