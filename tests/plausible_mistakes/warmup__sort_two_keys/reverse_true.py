# Plausible mistake: adds reverse=True, which puts the most expensive first.
# Property: cheapest-first
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: (p["price"], p["name"]), reverse=True)
    return [p["name"] for p in ordered]
