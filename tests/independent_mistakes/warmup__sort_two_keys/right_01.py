# Right: operator.itemgetter("price", "name") as the two-key sort key, then a map over the names.
from operator import itemgetter


def plan_order(plans):
    ordered = sorted(plans, key=itemgetter("price", "name"))
    return list(map(itemgetter("name"), ordered))
