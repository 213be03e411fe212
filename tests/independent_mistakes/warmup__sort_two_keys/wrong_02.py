# Mistake: the key pair is in the wrong order, (name, price), so the plans come out alphabetically instead of cheapest first.
def name_then_price(plan):
    return (plan["name"], plan["price"])


def plan_order(plans):
    ordered = sorted(plans, key=name_then_price)
    return [plan["name"] for plan in ordered]
