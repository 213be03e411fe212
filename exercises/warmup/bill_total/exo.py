# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.codefacts import has_loop as _has_loop
from awsgrader.codefacts import returns_inside_loop as _returns_inside_a_loop
from awsgrader.codefacts import returns_nothing as _returns_nothing_somewhere

start_watchdog()


@grading_code
def _total_mistakes():
    # Each detector recomputes the total under one mistake and speaks only when that gives
    # the learner's value, and the learner's function gives that mistake's values again on
    # three small bills where it differs from every other mistake.
    import math

    def first(costs):
        return list(costs.values())[0]

    def last(costs):
        return list(costs.values())[-1]

    def all_but_last(costs):
        return sum(list(costs.values())[:-1])

    def average(costs):
        return sum(costs.values()) / len(costs)

    variants = {"first": first, "last": last, "count": len, "zero": lambda costs: 0,
                "all_but_last": all_but_last, "average": average}
    # {a: 2, b: 1}, {a: 1, b: 4} and {a: 2, b: 4, c: 8}: first (2, 1, 2), last (1, 4, 8),
    # count (2, 2, 3), zero (0, 0, 0), all but the last (2, 1, 6), average (1.5, 2.5,
    # 4.67); the right totals are 3, 5 and 14.
    probes = ({"a": 2.0, "b": 1.0}, {"a": 1.0, "b": 4.0}, {"a": 2.0, "b": 4.0, "c": 8.0})

    def same(got, wanted):
        return (isinstance(got, (int, float)) and not isinstance(got, bool)
                and math.isclose(got, wanted, rel_tol=1e-9, abs_tol=1e-9))

    def under(variant):
        def detect(case):
            costs = case.args[0]
            if not costs or not case.returned or not same(case.got, variants[variant](costs)):
                return False
            for probe in probes:
                found = case.probe(probe)
                if found[0] != "ok" or not same(found[1], variants[variant](probe)):
                    return False
            return True
        return detect

    def rounded(case):
        # The exact total rounded to 0 to 6 decimal places, and rounded the same way on a
        # bill of fractions of a cent, while a bill of whole dollars adds up right.
        costs = case.args[0]
        if not costs or not case.returned or not isinstance(case.got, (int, float)):
            return False
        exact = sum(costs.values())
        if same(case.got, exact):
            return False
        for places in range(7):
            if (same(case.got, round(exact, places))
                    and case.probe({"a": 0.004, "b": 0.003}) == ("ok", round(0.007, places))
                    and case.probe(probes[0]) == ("ok", 3.0)):
                to = ("a whole number" if places == 0 else
                      "1 decimal place" if places == 1 else f"{places} decimal places")
                return f"it gives {case.got!r} for {exact!r}, rounded to {to}"
        return False

    def adds_names(case):
        # sum(costs) or `total + name`: adding the names (texts) to a number.
        text = str(case.error)
        return (case.raised(TypeError) and "'str'" in text and "operand" in text
                and bool(case.args[0]))

    def empty_fails(case):
        # An empty dict fails (a total made inside the loop, the first cost read first...)
        # while a bill of two costs adds up right.
        return (not case.args[0] and (not case.returned or case.got is None)
                and case.probe({"a": 1.0, "b": 2.0}) == ("ok", 3.0))

    def empty_gives_none(case):
        return empty_fails(case) and case.returned and case.got is None

    return Diagnosis(
        Property("return-after-the-loop", "every cost is added before the total is returned",
                 "Your function gives the first function's cost only (2.0 for {'a': 2.0, "
                 "'b': 1.0}), as a `return` inside the loop does: it stops the function after "
                 "one cost. Move `return total` back to the indentation of `for`.",
                 under("first"), requires=_returns_inside_a_loop),
        # The same total from code without a return inside a loop: no return to name.
        Property("every-cost-added", "the total adds up every cost, not the first one only",
                 "Your total is the first function's cost only (2.0 for {'a': 2.0, 'b': "
                 "1.0}): add the cost of every function in the dict.",
                 under("first")),
        Property("last-cost-too", "the total adds every cost, the last one too",
                 "Your total leaves out the last function's cost (6.0 for {'a': 2.0, 'b': "
                 "4.0, 'c': 8.0}): add every cost, the last one too.",
                 under("all_but_last")),
        Property("total-starts-once", "the total adds up every cost",
                 "Your function keeps the last function's cost only (1.0 for {'a': 2.0, "
                 "'b': 1.0}): the total must keep growing. Set it to 0 once, before the loop "
                 "(not inside it), and add each cost to it: total = total + costs[name].",
                 under("last"), requires=_has_loop),
        Property("adds-the-costs", "the total adds the costs, not 1 per function",
                 "Your function counts the functions (it gives 2 for any two): add "
                 "costs[name], the cost stored under each name, not 1.",
                 under("count")),
        Property("total-is-updated", "the total grows with each cost",
                 "Your total stays 0: `total + costs[name]` alone computes a sum and "
                 "forgets it. Write `total = total + costs[name]` (or total += costs[name]).",
                 under("zero"), requires=_has_loop),
        Property("a-total-not-an-average", "the total is the sum of the costs",
                 "Your function gives the average cost (1.5 for {'a': 2.0, 'b': 1.0}): "
                 "the bill is the sum itself, not divided by the number of functions.",
                 under("average")),
        Property("not-rounded", "the total is the exact sum, not rounded",
                 "Your total is rounded: return the exact sum of the costs, without rounding "
                 "it (costs can have fractions of a cent).",
                 rounded),
        Property("costs-not-names", "the total adds the costs, not the names",
                 "A loop over a dict (and sum(costs)) gives its keys, the names, which are "
                 "text: add costs[name], the cost under each name (or sum(costs.values())).",
                 adds_names),
        Property("empty-returns-0", "with no functions the total is 0",
                 "For an empty dict your function gives None, as a `return` without a "
                 "value does: a bill with no functions costs 0, so return 0 then.",
                 empty_gives_none, requires=_returns_nothing_somewhere),
        Property("no-functions-no-cost", "with no functions the total is 0",
                 "With an empty dict the loop never runs, and your function fails or gives "
                 "None: set the total to 0 before the loop and return it after the loop, "
                 "so that it exists (and is 0) even then.",
                 empty_fails, requires=_has_loop),
        # The same mistake in code without a loop (sum, recursion...): no loop to name.
        Property("empty-bill-is-0", "with no functions the total is 0",
                 "With an empty dict your function fails or gives None: a bill with no "
                 "functions costs 0, so return 0 for it.",
                 empty_fails),
    )


@grading_code
class _Dollars(float):
    """An amount compared as a float (with a tolerance), shown as the statement writes it:
    0, not 0.0."""

    def __repr__(self):
        return repr(int(self)) if self.is_integer() else float.__repr__(self)


_TOTAL_MISTAKES = _total_mistakes()
_check, check_raises = bound_check(_TOTAL_MISTAKES)
del _total_mistakes


@grading_code
def check(fn, args=(), expected=None, kwargs=None, **options):
    """Call your function with args and compare with expected: the tests below use it."""
    return _check(fn, args, _Dollars(expected), kwargs, **options)


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
check(total_bill, ({"resize-images": 1.5, "send-emails": 0.25},), 1.75)
# Not rounded: fractions of a cent count.
check(total_bill, ({"health-check": 0.004, "cleanup": 0.003},), 0.007)
# No functions, nothing to pay.
check(total_bill, ({},), 0)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import check, require_function

    total = require_function(globals(), "total_bill", ["costs"])
    # The hints come from the property whose mistake explains the learner's value (see env).
    mistakes = _TOTAL_MISTAKES
    cases = [
        ({"resize-images": 1.5, "send-emails": 0.25}, 1.75),
        ({}, 0),
        ({"only-one": 4.2}, 4.2),
        ({"a": 1.0, "b": 2.0, "c": 3.0}, 6.0),
        ({"api": 0.4, "batch": 12.5, "cron": 0.0, "thumbnails": 3.1}, 16.0),
        ({"first": 10.0, "second": 0.5}, 10.5),
        # Near misses of "not rounded": costs with fractions of a cent.
        ({"health-check": 0.004, "cleanup": 0.003}, 0.007),
        ({"resize-images": 1.2345, "send-emails": 0.5011}, 1.7356),
        ({"api": 0.000125, "cron": 0.0000375, "queue": 0.0008}, 0.0009625),
    ]
    for costs, expected in cases:
        check(total, (costs,), _Dollars(expected), diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
