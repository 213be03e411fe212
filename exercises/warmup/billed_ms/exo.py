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

    def step_of(case):
        # The granularity the learner's function sees: the hidden tests also run the
        # learner's code with another value of BILLING_GRANULARITY_MS.
        names = getattr(case.fn, "__globals__", None) or {}
        return names.get("BILLING_GRANULARITY_MS", step)

    def under(rounding):
        def detect(case):
            ms = case.args[0]
            if step_of(case) != step:
                return False
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
        return (step_of(case) == step and case.returned and isinstance(case.got, float)
                and case.got == case.expected
                and all(case.probe(p) == ("ok", math.ceil(p / step) * step) for p in probes))

    # With another granularity (100 ms): the learner's value is what a rounding that does
    # not follow BILLING_GRANULARITY_MS gives, and so is its value for 250.01 ms.
    def with_other_step(rounding):
        def detect(case):
            other = step_of(case)
            if other == step or not isinstance(other, int) or not case.returned:
                return False
            ms = case.args[0]
            if case.got == case.expected or not same(case.got, rounding(ms, other)):
                return False
            found = case.probe(250.01)
            return (found[0] == "ok" and same(found[1], rounding(250.01, other))
                    and f"it gives {found[1]!r} for 250.01 ms in steps of {other} ms")
        return detect

    def steps_only(ms, other):
        return math.ceil(ms / other)

    def whole_ms(ms, other):
        return math.ceil(ms)

    def none_for_some(case):
        # None for this duration, and the right number of milliseconds for 1.2 and 1.7.
        other = step_of(case)
        if not case.returned or case.got is not None:
            return False
        right = {p: math.ceil(p / other) * other for p in (1.2, 1.7) if p != case.args[0]}
        return (all(case.probe(p) == ("ok", ms) for p, ms in right.items())
                and "it gives {1!r} for {0!r} ms".format(*next(iter(right.items()))))

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
        Property("milliseconds-not-steps", "the result is in milliseconds: the number of "
                 "steps times BILLING_GRANULARITY_MS",
                 "Your function gives the number of BILLING_GRANULARITY_MS steps, not "
                 "milliseconds: multiply it back by BILLING_GRANULARITY_MS.",
                 with_other_step(steps_only)),
        Property("follows-the-granularity", "the duration is rounded up to a multiple of "
                 "BILLING_GRANULARITY_MS, whatever its value",
                 "Your function rounds up to a whole millisecond whatever "
                 "BILLING_GRANULARITY_MS holds: divide by BILLING_GRANULARITY_MS and "
                 "multiply back by it, using the name, not the number 1.",
                 with_other_step(whole_ms)),
        Property("every-duration-billed", "every duration gives a number of milliseconds",
                 "Your function gives None for this duration but a number for others: "
                 "return the billed milliseconds for every duration.",
                 none_for_some),
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
    from awsgrader import check, require_function, rerun_learner_code
    from awsgrader.facts.awslambda import BILLING_GRANULARITY_MS as step

    billed = require_function(globals(), "billed_ms", ["duration_ms"])

    def up(ms):
        return math.ceil(ms / step) * step

    # The hints come from the property whose mistake explains the learner's value (see env).
    mistakes = _BILLING_MISTAKES
    for ms in (1.2, 100, 0.4, 99.5, 250.01, 0, 1, 899_999.9, 3, 7.5, 12.7, 1000.001):
        check(billed, (ms,), up(ms), diagnose=mistakes)

    # The statement asks for the name, not the number: the same code, run again with
    # BILLING_GRANULARITY_MS set to 100, must round up to multiples of 100 ms.
    other = 100
    again = require_function(rerun_learner_code(BILLING_GRANULARITY_MS=other), "billed_ms",
                             ["duration_ms"])
    for ms in (1.2, 100, 250.01, 0, 999.5):
        check(again, (ms,), math.ceil(ms / other) * other, diagnose=mistakes,
              label=f"billed_ms({ms!r}) with BILLING_GRANULARITY_MS = {other}")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
