# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import awslambda as _facts

# Lambda's price for requests, in US dollars per 1 million requests (us-east-1).
REQUEST_PRICE_PER_MILLION = _facts.REQUEST_PRICE_PER_MILLION
del _facts

start_watchdog()

# --- PYODIDE:code --- #
def request_cost(requests):
    ...

# --- PYODIDE:corr --- #
def request_cost(requests):
    return requests * REQUEST_PRICE_PER_MILLION / 1_000_000

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
from awsgrader import check, check_raises

# 1 million requests cost exactly the price per million.
check(request_cost, (1_000_000,), REQUEST_PRICE_PER_MILLION)
# No requests, no cost.
check(request_cost, (0,), 0.0)

# --- PYODIDE:secrets --- #
def _hidden_tests():
    from awsgrader import check, require_function
    from awsgrader.facts.awslambda import REQUEST_PRICE_PER_MILLION as price

    cost = require_function(globals(), "request_cost", ["requests"])
    check(cost, (1_000_000,), float(price), hint="1 million requests cost the price per million.")
    check(cost, (0,), 0.0, hint="No requests cost nothing.")
    check(cost, (3_000_000,), 3 * price, hint="3 million requests cost 3 times the price per million.")
    check(cost, (500_000,), price / 2, hint="Half a million requests cost half the price per million.")
    check(cost, (1,), price / 1_000_000,
          hint="One request costs the price per million divided by 1,000,000: do not round.")
    check(cost, (12_345,), 12_345 * price / 1_000_000,
          hint="requests x REQUEST_PRICE_PER_MILLION / 1,000,000.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
