# Plausible mistake: returns (price, name) pairs instead of the names.
# Property: names-only
def plan_order(plans):
    pairs = [(p["price"], p["name"]) for p in plans]
    return sorted(pairs)
