# Mistake: returns the sorted plan dicts themselves instead of the list of their names.
def plan_order(plans):
    return sorted(plans, key=lambda plan: (plan["price"], plan["name"]))
