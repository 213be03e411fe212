# Plausible mistake: builds the names in a loop and returns names.sort().
# Property: sorted-not-sort
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: (p["price"], p["name"]))
    names = []
    for plan in ordered:
        names.append(plan["name"])
    return names.sort()
