# Plausible mistake: sorts the names alphabetically and forgets the prices.
# Property: price-decides-first
def plan_order(plans):
    return sorted(p["name"] for p in plans)
