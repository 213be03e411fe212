# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import awslambda as _facts

# Lambda rounds each invocation's duration up to a multiple of this many milliseconds.
BILLING_GRANULARITY_MS = _facts.BILLING_GRANULARITY_MS
del _facts

start_watchdog()


@grading_code
def _billing_mistakes():
    # Each detector recomputes the billed duration under one way of rounding and speaks only
    # when that gives the learner's value, and the learner's function gives that rounding's
    # values again on small durations where it differs from every other one.
    import math

    step = BILLING_GRANULARITY_MS
    roundings = {
        "floor": lambda ms: int(ms),
        "nearest": lambda ms: round(ms),
        "plus_one": lambda ms: int(ms) + 1,
        "hundred": lambda ms: math.ceil(ms / 100) * 100,
        "none": lambda ms: ms,
    }
    # 1.2 and 1.7 tell apart cutting (1, 1), the nearest (1, 2), +1 (2, 2), 100 ms steps
    # (100, 100) and no rounding (1.2, 1.7); 3 tells +1 (4) from rounding up (3).
    probes = (1.2, 1.7, 3)

    def same(got, wanted):
        return (isinstance(got, (int, float)) and not isinstance(got, bool)
                and math.isclose(got, wanted, rel_tol=1e-12, abs_tol=1e-9))

    def under(rounding):
        def detect(case):
            ms = case.args[0]
            if not case.returned or not same(case.got, roundings[rounding](ms)):
                return False
            for probe in probes:
                found = case.probe(probe)
                if found[0] != "ok" or not same(found[1], roundings[rounding](probe)):
                    return False
            return True
        return detect

    def a_float(case):
        # The right number of milliseconds, as a float (2.0): and an int on the probes too.
        return (case.returned and isinstance(case.got, float) and case.got == case.expected
                and all(case.probe(p) == ("ok", math.ceil(p / step) * step) for p in probes))

    return Diagnosis(
        Property("never-rounds-down", "the duration is rounded up, never down",
                 "Your function cuts the decimals off (it gives 1 for 1.2 and for 1.7): that "
                 "rounds down. Use math.ceil, which always rounds up.",
                 under("floor")),
        Property("up-not-nearest", "the duration is rounded up, not to the nearest",
                 "Your function rounds to the nearest (it gives 1 for 1.2 but 2 for 1.7), as "
                 "round() does: use math.ceil, which always rounds up.",
                 under("nearest")),
        Property("whole-stays-whole", "a whole number of milliseconds is billed as it is",
                 "Your function adds 1 ms even to a whole number (it gives 4 for 3): "
                 "math.ceil rounds up only what has decimals.",
                 under("plus_one")),
        Property("one-ms-steps", f"the duration is rounded up to a multiple of {step} ms",
                 "Your function rounds up to a multiple of 100 ms, Lambda's old billing: "
                 "use BILLING_GRANULARITY_MS (from the editor), not 100.",
                 under("hundred")),
        Property("rounded-at-all", "the billed duration is a whole number of milliseconds",
                 "Your function gives the duration back unrounded (1.2 for 1.2): round it up "
                 "with math.ceil.",
                 under("none")),
        Property("an-int", "the billed duration is an int",
                 "Your number is right but it is a float (with .0): return an int, as "
                 "math.ceil gives; do not convert it with float() or divide after it.",
                 a_float),
    )


_BILLING_MISTAKES = _billing_mistakes()
check, check_raises = bound_check(_BILLING_MISTAKES)
del _billing_mistakes

# --- PYODIDE:code --- #
import math


def billed_ms(duration_ms):
    ...

# --- PYODIDE:corr --- #
import math


def billed_ms(duration_ms):
    steps = math.ceil(duration_ms / BILLING_GRANULARITY_MS)
    return steps * BILLING_GRANULARITY_MS

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
# 1.2 ms is billed as 2 ms.
check(billed_ms, (1.2,), 2)
# A whole number of milliseconds stays as it is.
check(billed_ms, (100,), 100)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import math
    from awsgrader import check, require_function
    from awsgrader.facts.awslambda import BILLING_GRANULARITY_MS as step

    billed = require_function(globals(), "billed_ms", ["duration_ms"])

    def up(ms):
        return math.ceil(ms / step) * step

    # The hints come from the property whose mistake explains the learner's value (see env).
    mistakes = _BILLING_MISTAKES
    for ms in (1.2, 100, 0.4, 99.5, 250.01, 0, 1, 899_999.9, 3, 7.5, 12.7):
        check(billed, (ms,), up(ms), diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
