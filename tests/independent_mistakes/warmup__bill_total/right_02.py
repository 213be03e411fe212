# Right: functools.reduce over the dict's items, with a small helper named check that reads the cost of one item.
from functools import reduce


def check(item):
    name, cost = item
    return cost


def total_bill(costs):
    return reduce(lambda total, item: total + check(item), costs.items(), 0)
