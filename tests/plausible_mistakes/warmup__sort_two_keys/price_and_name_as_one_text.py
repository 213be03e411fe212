# Plausible mistake: joins price and name into one text as the key.
# Property: prices-as-numbers
def plan_order(plans):
    ordered = sorted(plans, key=lambda p: str(p["price"]) + p["name"])
    return [p["name"] for p in ordered]
