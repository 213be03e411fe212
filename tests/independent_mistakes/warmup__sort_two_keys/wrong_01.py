# Mistake: sorts by price only; plans with the same price stay in their input order instead of being listed by name.
def plan_order(plans):
    ordered = sorted(plans, key=lambda plan: plan["price"])
    return [plan["name"] for plan in ordered]
