# Plausible mistake: the name sort, done first for the ties, is reversed, so plans with the
# same price come Z to A.
# Property: ties-a-to-z
def plan_order(plans):
    by_name = sorted(plans, key=lambda plan: plan["name"], reverse=True)
    by_price = sorted(by_name, key=lambda plan: plan["price"])
    names = []
    for plan in by_price:
        names.append(plan["name"])
    return names
