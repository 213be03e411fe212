# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import awslambda as _facts

start_watchdog()

# The default Lambda concurrency quota of an account, per Region (see the statement's source).
DEFAULT_CONCURRENCY_LIMIT = _facts.DEFAULT_CONCURRENCY
del _facts


@grading_code
def _floor_division(fn):
    """True when the learner's function, or a function or class of the learner's code that
    it names, divides with //; None when the code cannot be read."""
    import ast

    from awsgrader.codefacts import has_node

    return has_node(fn, lambda sub: isinstance(sub, (ast.BinOp, ast.AugAssign))
                    and isinstance(sub.op, ast.FloorDiv))


@grading_code
def _concurrency_mistakes(default_limit):
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the answer under its mistake (exact arithmetic on the decimal inputs) and
    # speaks only when that gives exactly the learner's value, and the learner's function
    # also gives the mistake's answers on small inputs where that mistake shows.
    from fractions import Fraction
    import inspect
    import math

    def model(rps, ms, rounding="up", unit=1000):
        if rounding in ("seconds-first", "seconds-first-down"):
            # The duration made whole seconds first (up, or down with // 1000), then times
            # the rate.
            whole = math.ceil if rounding == "seconds-first" else math.floor
            return math.ceil(whole(Fraction(str(ms)) / unit) * Fraction(str(rps)))
        x = Fraction(str(rps)) * Fraction(str(ms)) / unit
        if rounding == "down":
            return math.floor(x)
        if rounding == "nearest":
            return round(x)
        if rounding == "down-plus-one":
            return math.floor(x) + 1
        return math.ceil(x)

    def is_need(case):
        return getattr(case.fn, "__name__", "") == "required_concurrency"

    def is_throttle(case):
        return getattr(case.fn, "__name__", "") == "is_throttled"

    def need_under(*probes, says=True, **mistake):
        def detect(case):
            if not is_need(case) or not case.returned or case.raises:
                return False
            if case.got == case.expected or model(*case.args, **mistake) != case.got:
                return False
            shows = False
            for probe in probes:
                wrong = model(*probe, **mistake)
                if case.probe(*probe) != ("ok", wrong):
                    return False
                shows = shows or wrong != model(*probe)
            return shows and says
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def either(*detectors):
        def detect(case):
            for part in detectors:
                found = part(case)
                if found:
                    return found
            return False
        detect.parts = detectors
        return detect

    def limit_of(case):
        if len(case.args) > 2:
            return case.args[2]
        return case.kwargs.get("concurrency_limit", default_limit)

    def float_need(case):
        return (is_need(case) and isinstance(case.got, float) and case.got == case.expected
                and f"your value is {case.got!r}, a float")

    def not_a_bool(case):
        return (is_throttle(case) and case.returned and not case.raises
                and not isinstance(case.got, bool) and isinstance(case.expected, bool)
                and f"yours returned a {type(case.got).__name__}")

    def throttled_at_the_limit(case):
        if not is_throttle(case) or case.got is not True or case.expected is not False:
            return False
        if model(*case.args[:2]) != limit_of(case):
            return False
        # The learner's function also throttles a need of exactly 10 against a limit of
        # 10, and still serves a need of 9 against it.
        return (case.probe(100, 100, 10) == ("ok", True)
                and case.probe(100, 90, 10) == ("ok", False))

    def limit_ignored(case):
        # Given a limit, the learner's function answers as with the account's default.
        if not is_throttle(case) or not case.returned or case.got == case.expected:
            return False
        if limit_of(case) == default_limit or not isinstance(case.got, bool):
            return False
        if case.got != (model(*case.args[:2]) > default_limit):
            return False
        # A need of 1 against a limit of 0 (throttled) and a need of 1,001 against a
        # limit of 5,000 (not throttled): the learner's function answers as with the default.
        return (case.probe(1, 1, concurrency_limit=0) == ("ok", False)
                and case.probe(2001, 500, concurrency_limit=5000) == ("ok", True))

    def wrong_default(case):
        if not is_throttle(case) or len(case.args) > 2 or "concurrency_limit" in case.kwargs:
            return False
        if not case.returned or case.got == case.expected:
            return False
        # Given the account's limit explicitly, the same call answers right.
        if case.probe(*case.args, concurrency_limit=default_limit) != ("ok", case.expected):
            return False
        try:
            default = inspect.signature(case.fn).parameters["concurrency_limit"].default
        except (KeyError, TypeError, ValueError):
            return True
        return f"your default is {default!r}"

    def accepted(test):
        def detect(case):
            return case.raises is ValueError and case.returned and test(case)
        return detect

    def negative_traffic(case):
        return case.args[0] < 0 or case.args[1] < 0

    def negative_limit(case):
        return is_throttle(case) and limit_of(case) < 0

    def other_exception(case):
        return (case.raises is ValueError and case.error is not None
                and not case.raised(ValueError)
                and f"yours raised {type(case.error).__name__}")

    def zero_refused(case):
        values = list(case.args[:2]) + ([limit_of(case)] if is_throttle(case) else [])
        return (case.raises is None and case.raised(ValueError) and 0 in values
                and min(values) >= 0)

    return Diagnosis(
        Property("need-is-an-int", "required_concurrency returns an int",
                 "Your code divides with //, and floor division of a float gives a float "
                 "(-(-7.5 // 1) is 8.0): round up with math.ceil, which gives an int.",
                 float_need, requires=_floor_division),
        # The same float from code without //: no construct to name.
        Property("need-is-a-whole-int", "required_concurrency returns an int",
                 "Your value is a float: return the number of environments as an int "
                 "(math.ceil gives one).", float_need),
        Property("round-up-not-down", "a part of an environment needs a whole one: round up",
                 "Your values are rounded DOWN, as math.floor or int() do (your function "
                 "also gives 1 for required_concurrency(17, 100), 1.7): round up with "
                 "math.ceil.", need_under((17, 100), rounding="down")),
        Property("round-up-not-to-nearest", "the need is rounded up, never to the nearest",
                 "Your values are rounded to the NEAREST whole number, as round() does "
                 "(your function also gives 0 for required_concurrency(3, 100), 0.3): round "
                 "up with math.ceil.", need_under((3, 100), (17, 100), rounding="nearest")),
        Property("whole-need-stays", "a need that is already whole stays as it is",
                 "Your values add 1 after cutting the decimals, even to a whole number "
                 "(your function also gives 11 for required_concurrency(100, 100), exactly "
                 "10): math.ceil leaves a whole number as it is.",
                 need_under((100, 100), (17, 100), rounding="down-plus-one")),
        Property("duration-in-milliseconds", "avg_duration_ms is in milliseconds",
                 "Your values use the milliseconds as seconds (your function also gives "
                 "1000 for required_concurrency(1, 1000), 1 request/s of 1 s): divide the "
                 "duration by 1000.", need_under((1, 1000), unit=1)),
        Property("a-second-is-1000-ms", "1 second is 1000 ms",
                 "Your values turn the milliseconds into seconds with another number than "
                 "1000: a second is 1,000 ms, so divide by 1000.",
                 either(need_under((100, 500), (1, 1000), (1000, 999), unit=1024,
                                   says="your values match a division by 1024"),
                        need_under((1, 1000), (1000, 999), unit=100,
                                   says="your values match a division by 100"))),
        Property("round-the-product", "the product (requests x seconds) is rounded up, "
                 "not the duration alone",
                 "Your values turn the duration into whole seconds before multiplying by the "
                 "rate: multiply the rate by the exact seconds first, then round the product "
                 "up.",
                 either(need_under((100, 500), (1, 1000), rounding="seconds-first",
                                   says="in required_concurrency(100, 500), yours counts "
                                        "0.5 s as 1 s"),
                        need_under((100, 500), (1, 1000), rounding="seconds-first-down",
                                   says="in required_concurrency(100, 500), yours counts "
                                        "0.5 s as 0 s"))),
        Property("answers-a-bool", "is_throttled answers True or False",
                 "Return the comparison itself (need > limit), a bool.", not_a_bool),
        Property("above-the-limit-only", "only a need ABOVE the limit is throttled",
                 "Your function throttles a need EQUAL to the limit (it also answers True "
                 "for is_throttled(100, 100, 10), a need of exactly 10): only a need ABOVE the "
                 "limit is throttled, so use >, not >=.",
                 throttled_at_the_limit),
        Property("limit-argument-used", "is_throttled compares the need with its "
                 "concurrency_limit argument",
                 "Your function answers as if the limit were always DEFAULT_CONCURRENCY_LIMIT "
                 "(it also answers False for is_throttled(1, 1, concurrency_limit=0)): compare "
                 "the need with the concurrency_limit parameter; DEFAULT_CONCURRENCY_LIMIT is "
                 "only its default value.", limit_ignored),
        Property("default-limit", "with no concurrency_limit given, the limit is "
                 "DEFAULT_CONCURRENCY_LIMIT",
                 f"Your function answers right when given concurrency_limit="
                 f"{default_limit} but not without it: make DEFAULT_CONCURRENCY_LIMIT the "
                 f"default value of the parameter.", wrong_default),
        Property("zero-is-valid", "0 requests, 0 ms and a limit of 0 are valid inputs",
                 "Your function raised ValueError for a 0: only a NEGATIVE value is "
                 "invalid (use < 0, not <= 0).", zero_refused),
        Property("raise-valueerror", "an invalid input raises ValueError",
                 "Raise ValueError itself (raise ValueError(...)) for a negative input.",
                 other_exception),
        Property("negative-traffic-refused", "a negative requests_per_second or "
                 "avg_duration_ms raises ValueError",
                 "Check both inputs before computing, in both functions: raise ValueError "
                 "when requests_per_second or avg_duration_ms is below 0.",
                 accepted(negative_traffic)),
        Property("negative-limit-refused", "a negative concurrency_limit raises ValueError",
                 "In is_throttled, raise ValueError when concurrency_limit is below 0, even "
                 "with no traffic.", accepted(negative_limit)),
    )


_CONCURRENCY_MISTAKES = _concurrency_mistakes(DEFAULT_CONCURRENCY_LIMIT)
check, check_raises = bound_check(_CONCURRENCY_MISTAKES)
del _concurrency_mistakes

# --- PYODIDE:code --- #
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    ...


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    ...

# --- PYODIDE:corr --- #
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("requests_per_second and avg_duration_ms cannot be negative")
    # Multiply before dividing: with whole numbers the product is exact.
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("concurrency_limit cannot be negative")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit

# --- PYODIDE:tests --- #
# AWS's example: 100 requests per second that each take 500 ms need 50 environments.
check(required_concurrency, (100, 500), 50)
# 3 requests per second of 100 ms: 0.3, rounded up to 1.
check(required_concurrency, (3, 100), 1)
# No traffic, no concurrency.
check(required_concurrency, (0, 500), 0)
# 2,000 requests per second of 500 ms need exactly 1,000: at the default limit, not above it.
check(is_throttled, (2000, 500), False)
# One more request per second is too many.
check(is_throttled, (2001, 500), True)
# A function with 10 reserved concurrency.
check(is_throttled, (100, 101), True, {"concurrency_limit": 10})

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import math
    import random
    from decimal import Decimal
    from fractions import Fraction
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts.awslambda import DEFAULT_CONCURRENCY, MAX_TIMEOUT_S

    need_fn = require_function(globals(), "required_concurrency",
                               ["requests_per_second", "avg_duration_ms"])
    throttled_fn = require_function(globals(), "is_throttled",
                                    ["requests_per_second", "avg_duration_ms",
                                     "concurrency_limit"])

    def exact_need(rps, ms):
        # The decimal meaning of the inputs, in exact arithmetic.
        return math.ceil(Fraction(str(rps)) * Fraction(str(ms)) / 1000)

    def same_in_every_order(rps, ms):
        """True when no correct way of computing gives another answer.

        Floats make some inputs ambiguous: 10 rps x 700 ms is exactly 7, but
        10 * (700 / 1000) is 7.000000000000001 in floating point, whose ceiling is 8.
        The hidden tests skip such inputs (the statement says so).
        """
        ways = [rps * ms / 1000, rps * (ms / 1000), ms / 1000 * rps, rps / 1000 * ms,
                rps * ms * 0.001, rps * (ms * 0.001), ms * 0.001 * rps]
        results = {math.ceil(x) for x in ways}
        results.add(math.ceil(Fraction(rps) * Fraction(ms) / 1000))
        results.add(math.ceil(Decimal(rps) * Decimal(ms) / 1000))
        results.add(exact_need(rps, ms))
        return len(results) == 1

    mistakes = _CONCURRENCY_MISTAKES

    def need(rps, ms, note=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property whose mistake explains the
        # learner's value (see the env section), never from the case.
        if same_in_every_order(rps, ms):
            check(need_fn, (rps, ms), exact_need(rps, ms), diagnose=mistakes)

    def throttled(rps, ms, limit=None, note=None, keyword=True):
        if not same_in_every_order(rps, ms):
            return
        need_now = exact_need(rps, ms)
        expected = need_now > (DEFAULT_CONCURRENCY if limit is None else limit)
        if limit is None:
            check(throttled_fn, (rps, ms), expected, diagnose=mistakes)
        elif keyword:
            check(throttled_fn, (rps, ms), expected, {"concurrency_limit": limit},
                  diagnose=mistakes)
        else:
            check(throttled_fn, (rps, ms, limit), expected, diagnose=mistakes)

    # required_concurrency: requests per second x duration in seconds, rounded up.
    need(100, 500, "AWS's example: 100 requests/s x 0.5 s = 50.")
    need(10, 3000, "The duration is in milliseconds: 3000 ms is 3 s, so 10 x 3 = 30.")
    need(100, 100, "100 x 0.1 s is exactly 10: a whole number is not rounded up again.")
    need(100, 250, "100 x 0.25 s is exactly 25.")
    need(2000, 500, "2000 x 0.5 s is exactly 1000.")
    need(1001, 1000, "1001 x 1 s = 1001.")
    need(1000, 999, "1000 x 0.999 s = 999.")
    need(17, 100, "17 x 0.1 s = 1.7: round up to 2.")
    need(7, 143, "7 x 0.143 s = 1.001: round up to 2, even when only a little above.")
    need(3, 100, "3 x 0.1 s = 0.3: round up to 1 (not to the nearest, 0).")
    need(50, 20, "50 x 0.02 s = 1.0 exactly.")
    need(333, 3, "333 x 0.003 s = 0.999: round up to 1.")
    need(1, 1, "1 request/s of 1 ms still needs 1 environment.")
    need(2001, 500, "2001 x 0.5 s = 1000.5: round up to 1001.")
    need(0, 500, "No traffic: 0.")
    need(0, 0, "No traffic: 0.")
    need(200, 0, "A duration of 0 ms needs no concurrency: 0.")
    need(12.5, 80, "Fractional rates work too: 12.5 x 0.08 s = 1.0.")
    need(0.5, 3000, "0.5 request/s of 3 s = 1.5: round up to 2.")
    need(0.25, 8000, "0.25 x 8 s = 2.0.")
    need(1.5, 1000, "1.5 x 1 s = 1.5: round up to 2 (the result is an int).")
    need(250, 12.5, "250 x 0.0125 s = 3.125: round up to 4.")
    need(40_000, MAX_TIMEOUT_S * 1000, "40,000 requests/s of 15 minutes each.")

    # is_throttled: the need is compared with the limit; equal is not throttled.
    throttled(500, 1000, note="A need of 500 fits the default limit, DEFAULT_CONCURRENCY_LIMIT "
                              f"({DEFAULT_CONCURRENCY} per Region).")
    throttled(2000, 500, note="A need of exactly 1,000 fits the default limit of 1,000: "
                              "not throttled (use >, not >=).")
    throttled(2001, 500, note="A need of 1,001 is above the default limit of 1,000.")
    throttled(10_000, 100, note="10,000 x 0.1 s = 1,000: not above the default limit.")
    throttled(10_001, 100, note="10,001 x 0.1 s = 1000.1, so 1,001 environments: throttled.")
    throttled(600, 2000, note="600 x 2 s = 1,200 > 1,000: throttled with the default limit "
                              f"of {DEFAULT_CONCURRENCY} per Region.")
    throttled(100, 101, 10, "A reserved concurrency of 10: 10.1 needs 11, throttled.")
    throttled(100, 100, 10, "A need of exactly 10 with a limit of 10: not throttled.")
    throttled(100, 100, 10, "The limit may also be passed by position.", keyword=False)
    throttled(3000, 1500, 5000, "A raised quota of 5,000: a need of 4,500 fits.")
    throttled(1, 1, 0, "A reserved concurrency of 0 throttles every request.")
    throttled(0, 100, 0, "No traffic is never throttled, even with a limit of 0.")
    throttled(0.5, 3000, 1, "1.5 needs 2 environments: above a limit of 1.")

    # Random cases against the exact oracle.
    rng = random.Random(1000)
    for _ in range(80):
        rps = rng.choice([rng.randint(0, 20_000), round(rng.uniform(0, 500), 1)])
        ms = rng.choice([rng.randint(0, 30_000), rng.randint(1, 100) * 10,
                         round(rng.uniform(0, 2_000), 1)])
        need(rps, ms, "requests per second x average duration in seconds, rounded up.")
        if same_in_every_order(rps, ms):
            exact = exact_need(rps, ms)
            limit = max(0, exact + rng.choice([-1, 0, 1]))
            throttled(rps, ms, limit, "Throttled only when the need is above the limit.")

    # Invalid input.
    bad = [
        (need_fn, (-1, 100), "a negative number of requests per second"),
        (need_fn, (10, -5), "a negative duration"),
        (need_fn, (-0.5, 0), "a negative rate, even with a duration of 0"),
        (throttled_fn, (-1, 100), "a negative number of requests per second"),
        (throttled_fn, (10, -1), "a negative duration"),
        (throttled_fn, (10, 100, -1), "a negative concurrency_limit"),
        (throttled_fn, (0, 0, -5), "a negative concurrency_limit, even with no traffic"),
    ]
    for fn, args, what in bad:
        check_raises(fn, args, exc_type=ValueError, why=f"{what} is invalid",
                     diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
