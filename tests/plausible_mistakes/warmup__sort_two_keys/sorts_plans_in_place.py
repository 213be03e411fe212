# Plausible mistake: sorts the plans in place and returns them, not their names.
# Property: names-only
def plan_order(plans):
    plans.sort(key=lambda p: (p["price"], p["name"]))
    return plans
