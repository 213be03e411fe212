# Mistake: the sort key turns the price into text, so prices compare as strings ("100" before "20" before "9") instead of as numbers.
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: (str(p["price"]), p["name"]))
    return [p["name"] for p in ordered]
