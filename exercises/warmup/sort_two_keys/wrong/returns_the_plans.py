# Plausible mistake: returns the sorted plans instead of their names.
# Property: names-only
def plan_order(plans):
    return sorted(plans, key=lambda plan: (plan["price"], plan["name"]))
