# Plausible mistake: keeps the result of .sort(), which is None, and loops over it.
# Property: none
def plan_order(plans):
    ordered = plans.sort(key=lambda p: (p["price"], p["name"]))
    return [p["name"] for p in ordered]
