# Mistake: passes reverse=True, so the most expensive plan comes first (and ties go Z to A).
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: (p["price"], p["name"]), reverse=True)
    return [p["name"] for p in ordered]
