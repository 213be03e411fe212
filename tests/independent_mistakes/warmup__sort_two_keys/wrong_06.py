# Mistake: keys a dict by price to look the names up, so plans with the same price overwrite each other and only one of them is returned.
def plan_order(plans):
    by_price = {}
    for plan in plans:
        by_price[plan["price"]] = plan["name"]
    return [by_price[price] for price in sorted(by_price)]
