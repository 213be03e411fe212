# operator.itemgetter with two keys, sorting a copy in place.
from operator import itemgetter


def plan_order(plans):
    copy = list(plans)
    copy.sort(key=itemgetter("price", "name"))
    names = []
    for plan in copy:
        names.append(plan["name"])
    return names
