# --- PYODIDE:env --- #
from awsgrader import start_watchdog
# (nothing to set up)

start_watchdog()

# --- PYODIDE:code --- #
def plan_order(plans):
    ...

# --- PYODIDE:corr --- #
def plan_order(plans):
    def price_then_name(plan):
        return (plan["price"], plan["name"])

    ordered = sorted(plans, key=price_then_name)
    return [plan["name"] for plan in ordered]

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
from awsgrader import check

plans = [
    {"name": "medium", "price": 20},
    {"name": "small", "price": 10},
    {"name": "basic", "price": 10},
]
check(plan_order, (plans,), ["basic", "small", "medium"])

# --- PYODIDE:secrets --- #
def _hidden_tests():
    from awsgrader import check, require_function

    order = require_function(globals(), "plan_order", ["plans"])

    def plans(*pairs):
        return [{"name": name, "price": price} for name, price in pairs]

    check(order, (plans(("medium", 20), ("small", 10), ("basic", 10)),),
          ["basic", "small", "medium"], hint="Cheapest first; equal prices in name order.")
    check(order, (plans(("b", 3), ("a", 1), ("c", 2)),), ["a", "c", "b"],
          hint="Cheapest first.")
    check(order, (plans(("zeta", 5), ("alpha", 5), ("mid", 5)),), ["alpha", "mid", "zeta"],
          hint="All the same price: sort them by name.")
    check(order, (plans(("big", 40), ("small", 3.5), ("tiny", 3.5)),), ["small", "tiny", "big"],
          hint="Prices can have decimals.")
    check(order, (plans(("x", 99.5), ("y", 100)),), ["x", "y"],
          hint="Compare prices as numbers: 99.5 is below 100.")
    check(order, (plans(("b", 7), ("a", 12)),), ["b", "a"],
          hint="The price decides first; the name only breaks ties.")
    check(order, ([],), [], hint="No plans: an empty list.")
    check(order, (plans(("only", 8)),), ["only"], hint="One plan: a list of its name.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
