# Plausible mistake: puts the name first in the key, so the name decides before the price.
# Property: price-decides-first
def plan_order(plans):
    ordered = sorted(plans, key=lambda plan: (plan["name"], plan["price"]))
    return [plan["name"] for plan in ordered]
