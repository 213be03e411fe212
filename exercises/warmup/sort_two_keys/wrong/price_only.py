# Plausible mistake: sorts by price only, so plans with the same price keep their input order.
# Property: name-breaks-ties
def plan_order(plans):
    ordered = sorted(plans, key=lambda plan: plan["price"])
    return [plan["name"] for plan in ordered]
