# --- PYODIDE:env --- #
from awsgrader import start_watchdog
# (nothing to set up)

start_watchdog()

# --- PYODIDE:code --- #
def total_bill(costs):
    ...

# --- PYODIDE:corr --- #
def total_bill(costs):
    total = 0
    for name in costs:
        total = total + costs[name]
    return total

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
from awsgrader import check, check_raises

check(total_bill, ({"resize-images": 1.5, "send-emails": 0.25},), 1.75)
# No functions, nothing to pay.
check(total_bill, ({},), 0.0)

# --- PYODIDE:secrets --- #
def _hidden_tests():
    from awsgrader import check, require_function

    total = require_function(globals(), "total_bill", ["costs"])
    check(total, ({"resize-images": 1.5, "send-emails": 0.25},), 1.75,
          hint="Add up every function's cost.")
    check(total, ({},), 0.0, hint="No functions: the total is 0.")
    check(total, ({"only-one": 4.2},), 4.2, hint="One function: the total is its cost.")
    check(total, ({"a": 1.0, "b": 2.0, "c": 3.0},), 6.0,
          hint="Every function counts, the first and the last too.")
    check(total, ({"api": 0.4, "batch": 12.5, "cron": 0.0, "thumbnails": 3.1},), 16.0,
          hint="A function that cost 0 adds nothing, but the others still count.")
    check(total, ({"first": 10.0, "second": 0.5},), 10.5,
          hint="Return after the loop, once every cost is added.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
