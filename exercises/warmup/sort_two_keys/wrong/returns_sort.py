# Plausible mistake: returns the result of list.sort(), which sorts in place and gives None.
# Property: sorted-not-sort
def plan_order(plans):
    names = [plan["name"] for plan in sorted(plans, key=lambda p: (p["price"], p["name"]))]
    return names.sort()
