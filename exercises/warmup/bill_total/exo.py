# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.codefacts import has_loop

start_watchdog()


@grading_code
def _total_mistakes():
    # Each detector recomputes the total under one mistake and speaks only when that gives
    # the learner's value, and the learner's function gives that mistake's values again on
    # two small bills where it differs from every other mistake.
    import math

    def first(costs):
        return list(costs.values())[0]

    def last(costs):
        return list(costs.values())[-1]

    variants = {"first": first, "last": last, "count": len, "zero": lambda costs: 0}
    # {a: 2, b: 1} and {a: 1, b: 4}: first (2, 1), last (1, 4), count (2, 2), zero (0, 0);
    # the right totals are 3 and 5.
    probes = ({"a": 2.0, "b": 1.0}, {"a": 1.0, "b": 4.0})

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

    return Diagnosis(
        Property("return-after-the-loop", "every cost is added before the total is returned",
                 "Your function gives the first function's cost only (2.0 for {'a': 2.0, "
                 "'b': 1.0}), as a `return` inside the loop does: it stops the function after "
                 "one cost. Move `return total` back to the indentation of `for`.",
                 under("first")),
        Property("total-starts-once", "the total adds up every cost",
                 "Your function keeps the last function's cost only (1.0 for {'a': 2.0, "
                 "'b': 1.0}): the total must keep growing. Set it to 0 once, before the loop "
                 "(not inside it), and add each cost to it: total = total + costs[name].",
                 under("last")),
        Property("adds-the-costs", "the total adds the costs, not 1 per function",
                 "Your function counts the functions (it gives 2 for any two): add "
                 "costs[name], the cost stored under each name, not 1.",
                 under("count")),
        Property("total-is-updated", "the total grows with each cost",
                 "Your total stays 0: `total + costs[name]` alone computes a sum and "
                 "forgets it. Write `total = total + costs[name]` (or total += costs[name]).",
                 under("zero")),
        Property("costs-not-names", "the total adds the costs, not the names",
                 "A loop over a dict (and sum(costs)) gives its keys, the names, which are "
                 "text: add costs[name], the cost under each name (or sum(costs.values())).",
                 adds_names),
        Property("no-functions-no-cost", "with no functions the total is 0",
                 "With an empty dict the loop never runs, and your function fails or gives "
                 "None: set the total to 0 before the loop and return it after the loop, "
                 "so that it exists (and is 0) even then.",
                 empty_fails, requires=has_loop),
        # The same mistake in code without a loop (sum, recursion...): no loop to name.
        Property("empty-bill-is-0", "with no functions the total is 0",
                 "With an empty dict your function fails or gives None: a bill with no "
                 "functions costs 0, so return 0 for it.",
                 empty_fails),
    )


_TOTAL_MISTAKES = _total_mistakes()
check, check_raises = bound_check(_TOTAL_MISTAKES)
del _total_mistakes

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
# No functions, nothing to pay.
check(total_bill, ({},), 0.0)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import check, require_function

    total = require_function(globals(), "total_bill", ["costs"])
    # The hints come from the property whose mistake explains the learner's value (see env).
    mistakes = _TOTAL_MISTAKES
    check(total, ({"resize-images": 1.5, "send-emails": 0.25},), 1.75, diagnose=mistakes)
    check(total, ({},), 0.0, diagnose=mistakes)
    check(total, ({"only-one": 4.2},), 4.2, diagnose=mistakes)
    check(total, ({"a": 1.0, "b": 2.0, "c": 3.0},), 6.0, diagnose=mistakes)
    check(total, ({"api": 0.4, "batch": 12.5, "cron": 0.0, "thumbnails": 3.1},), 16.0,
          diagnose=mistakes)
    check(total, ({"first": 10.0, "second": 0.5},), 10.5, diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
