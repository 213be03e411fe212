# Plausible mistake: puts str(price) in the key, so prices compare as text.
# Property: prices-as-numbers
def plan_order(plans):
    def key(plan):
        return (str(plan["price"]), plan["name"])

    return [plan["name"] for plan in sorted(plans, key=key)]
