# Right: a small class with __lt__ comparing price then name, sorted through a list comprehension of wrappers.
class Plan:
    def __init__(self, data):
        self.name = data["name"]
        self.price = data["price"]

    def __lt__(self, other):
        if self.price != other.price:
            return self.price < other.price
        return self.name < other.name


def plan_order(plans):
    return [plan.name for plan in sorted(Plan(p) for p in plans)]
