# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import awslambda as _facts

# Lambda's price for requests, in US dollars per 1 million requests (us-east-1).
REQUEST_PRICE_PER_MILLION = _facts.REQUEST_PRICE_PER_MILLION
del _facts

start_watchdog()


@grading_code
def _cost_mistakes():
    # Each detector recomputes the cost under one mistake and speaks only when that gives
    # the learner's value, and the learner's function gives the mistake's value again on a
    # second number of requests where the mistake shows.
    import math

    today = REQUEST_PRICE_PER_MILLION
    variants = {
        "per_thousand": lambda n, price: n * price / 1_000,
        "per_request": lambda n, price: n * price,
        "times_million": lambda n, price: n * price * 1_000_000,
        "by_price": lambda n, price: n / 1_000_000 / price,
        "whole_millions": lambda n, price: n // 1_000_000 * price,
    }

    def close(got, wanted):
        return (isinstance(got, (int, float)) and not isinstance(got, bool)
                and math.isclose(got, wanted, rel_tol=1e-9, abs_tol=1e-15))

    def price_of(case):
        # The price the learner's function sees: the hidden tests also run the learner's
        # code with another value of REQUEST_PRICE_PER_MILLION.
        names = getattr(case.fn, "__globals__", None) or {}
        return names.get("REQUEST_PRICE_PER_MILLION", today)

    def under(variant, probe):
        def detect(case):
            price = price_of(case)
            wanted = variants[variant](case.args[0], price)
            if not case.returned or not close(case.got, wanted):
                return False
            found = case.probe(probe)
            return found[0] == "ok" and close(found[1], variants[variant](probe, price))
        return detect

    def rounded(case):
        # The exact cost rounded to 0 to 6 decimal places, and the same again on 1.5 million
        # requests, where a rounding to cents still gives the exact value.
        requests, price = case.args[0], price_of(case)
        exact = requests * price / 1_000_000
        if not case.returned or close(case.got, exact):
            return False
        if not any(close(case.got, round(exact, places)) for places in range(7)):
            return False
        found = case.probe(1_500_000)
        return found[0] == "ok" and close(found[1], 1.5 * price)

    def todays_price(case):
        # With another price in REQUEST_PRICE_PER_MILLION, the cost at today's price, and
        # again for 2,000,000 requests.
        other = price_of(case)
        if other == today or not case.returned or case.got == case.expected:
            return False
        if not close(case.got, case.args[0] * today / 1_000_000):
            return False
        found = case.probe(2_000_000)
        return (found[0] == "ok" and close(found[1], 2 * today)
                and f"it gives {found[1]!r} for 2,000,000 requests at {other} per million")

    def none_for_some(case):
        # None for this number of requests, and the right cost for a million.
        price = price_of(case)
        if not case.returned or case.got is not None or case.args[0] == 1_000_000:
            return False
        found = case.probe(1_000_000)
        return (found[0] == "ok" and close(found[1], price)
                and f"it gives {found[1]!r} for 1,000,000 requests")

    def printed(case):
        # The function returned None, and printed the right cost during the failed call.
        if not case.returned or case.got is not None:
            return False
        shown = case.printed.split()
        return len(shown) == 1 and close(float(shown[0]), case.expected)

    return Diagnosis(
        Property("cost-is-returned", "the function returns the cost",
                 "Your function prints the right cost but gives back None: replace "
                 "print(...) with return, so that the cost is the function's result.",
                 printed),
        Property("divide-by-a-million", "the price is for 1,000,000 requests",
                 "Your result is 1,000 times too big: it is what dividing by 1,000 gives "
                 "(your function also gives 1,000 times the price for 1,000,000 requests). "
                 "Divide by 1_000_000, a million.",
                 under("per_thousand", 1_000_000)),
        Property("price-is-for-a-million", "REQUEST_PRICE_PER_MILLION is the price of "
                 "1,000,000 requests, not of one",
                 "Your result is requests x REQUEST_PRICE_PER_MILLION, as if each request cost "
                 "the price per million (your function also gives 2 x the price for 2 "
                 "requests): divide that by 1_000_000 too.",
                 under("per_request", 2)),
        Property("divide-not-multiply", "the cost is requests / 1,000,000 x the price",
                 "Your result is 1,000,000 times the number of requests times the price: "
                 "you multiplied by 1_000_000 where you have to divide by it.",
                 under("times_million", 2)),
        Property("multiply-by-the-price", "the cost grows with the price",
                 "Your function divides by the price (it gives 1 / REQUEST_PRICE_PER_MILLION "
                 "for 1,000,000 requests): multiply by REQUEST_PRICE_PER_MILLION instead.",
                 under("by_price", 1_000_000)),
        Property("part-of-a-million-counts", "every request counts, not only whole millions",
                 "Your function counts whole millions only (it gives 0 for 500,000 requests):"
                 " `//` drops the rest of the division, use `/`.",
                 under("whole_millions", 500_000)),
        Property("not-rounded", "the cost is the exact amount, a tiny fraction of a cent for "
                 "a few requests",
                 "Your result is the cost rounded, and a few requests cost far less than a "
                 "cent: return the unrounded amount (no round()).",
                 rounded),
        Property("follows-the-price", "the cost follows REQUEST_PRICE_PER_MILLION, whatever "
                 "its value",
                 f"Your function gives the cost at today's price ({today} per million) "
                 "whatever REQUEST_PRICE_PER_MILLION holds: use the name "
                 "REQUEST_PRICE_PER_MILLION, not the number.",
                 todays_price),
        Property("every-count-costs", "every number of requests gives a cost",
                 "Your function gives None for this number of requests but a cost for "
                 "others: return the cost for every number of requests.",
                 none_for_some),
    )


_COST_MISTAKES = _cost_mistakes()
check, check_raises = bound_check(_COST_MISTAKES)
del _cost_mistakes

# --- PYODIDE:code --- #
def request_cost(requests):
    ...

# --- PYODIDE:corr --- #
def request_cost(requests):
    return requests * REQUEST_PRICE_PER_MILLION / 1_000_000

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
# 1 million requests cost exactly the price per million.
check(request_cost, (1_000_000,), REQUEST_PRICE_PER_MILLION)
# Half a million requests cost half of it.
check(request_cost, (500_000,), REQUEST_PRICE_PER_MILLION / 2)
# No requests, no cost.
check(request_cost, (0,), 0.0)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import check, require_function, rerun_learner_code
    from awsgrader.facts.awslambda import REQUEST_PRICE_PER_MILLION as price

    cost = require_function(globals(), "request_cost", ["requests"])
    mistakes = _COST_MISTAKES
    # The hints come from the property whose mistake explains the learner's value (see env).
    check(cost, (1_000_000,), float(price), diagnose=mistakes)
    check(cost, (0,), 0.0, diagnose=mistakes)
    check(cost, (3_000_000,), 3 * price, diagnose=mistakes)
    check(cost, (500_000,), price / 2, diagnose=mistakes)
    check(cost, (1,), price / 1_000_000, diagnose=mistakes)
    check(cost, (12_345,), 12_345 * price / 1_000_000, diagnose=mistakes)
    check(cost, (2_750_000,), 2_750_000 * price / 1_000_000, diagnose=mistakes)

    # The statement asks for the name, not the number: the same code, run again with
    # another price in REQUEST_PRICE_PER_MILLION, must follow it.
    other = 0.25
    again = require_function(rerun_learner_code(REQUEST_PRICE_PER_MILLION=other),
                             "request_cost", ["requests"])
    for requests in (1_000_000, 500_000, 3, 0):
        check(again, (requests,), requests * other / 1_000_000, diagnose=mistakes,
              label=f"request_cost({requests}) with REQUEST_PRICE_PER_MILLION = {other}")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
