# Mistake: the selection loop runs "while len(remaining) > 1", so it stops one plan early and the most expensive plan is left out.
def plan_order(plans):
    remaining = list(plans)
    names = []
    while len(remaining) > 1:
        cheapest = min(remaining, key=lambda p: (p["price"], p["name"]))
        names.append(cheapest["name"])
        remaining.remove(cheapest)
    return names
