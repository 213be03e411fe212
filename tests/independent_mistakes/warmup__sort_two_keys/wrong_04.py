# Mistake: returns the result of list.sort(), which sorts in place and gives None.
def plan_order(plans):
    names = [(p["price"], p["name"]) for p in plans]
    return names.sort()
