# Right: two stable sorts in the right order (name first, then price) on a copy, with a helper named check for the names.
def check(plans):
    return [plan["name"] for plan in plans]


def plan_order(plans):
    ordered = list(plans)
    ordered.sort(key=lambda plan: plan["name"])
    ordered.sort(key=lambda plan: plan["price"])
    return check(ordered)
