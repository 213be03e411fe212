# Plausible mistake: sorts by minus the price, which puts the most expensive first.
# Property: none
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: (-p["price"], p["name"]))
    return [p["name"] for p in ordered]
