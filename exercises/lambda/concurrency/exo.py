# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import awslambda as _facts

start_watchdog()

# The default Lambda concurrency quota of an account, per Region (see the statement's source).
DEFAULT_CONCURRENCY_LIMIT = _facts.DEFAULT_CONCURRENCY
del _facts

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
got = required_concurrency(100, 500)
assert got == 50, f"expected 50, got {got!r}"
# 3 requests per second of 100 ms: 0.3, rounded up to 1.
got = required_concurrency(3, 100)
assert got == 1, f"expected 1, got {got!r}"
# No traffic, no concurrency.
got = required_concurrency(0, 500)
assert got == 0, f"expected 0, got {got!r}"
# 2,000 requests per second of 500 ms need exactly 1,000: at the default limit, not above it.
got = is_throttled(2000, 500)
assert got is False, f"expected False, got {got!r}"
# One more request per second is too many.
got = is_throttled(2001, 500)
assert got is True, f"expected True, got {got!r}"
# A function with 10 reserved concurrency.
got = is_throttled(100, 101, concurrency_limit=10)
assert got is True, f"expected True, got {got!r}"

# --- PYODIDE:secrets --- #
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

    def need_hint(rps, ms, case):
        """A hint that names a mistake only when the learner's value is what it gives."""
        x = Fraction(str(rps)) * Fraction(str(ms)) / 1000

        def hint(got):
            if not isinstance(got, int) or isinstance(got, bool):
                return case
            if x != int(x) and got == math.floor(x):
                if x - math.floor(x) < Fraction(1, 2):
                    return (f"{x.numerator / x.denominator:g} is rounded down here, as "
                            "math.floor, int() and round() all do for it: round UP with "
                            "math.ceil, a part of an environment needs a whole one.")
                return (f"{x.numerator / x.denominator:g} is rounded DOWN here (math.floor "
                        "or int()): round UP with math.ceil.")
            if x == int(x) and got == x + 1:
                return (f"The need is exactly {int(x)}: a whole number stays as it is "
                        "(math.ceil does that; adding 1 does not).")
            if ms and got == math.ceil(Fraction(str(rps)) * Fraction(str(ms))):
                return "avg_duration_ms is in milliseconds: divide it by 1000 to get seconds."
            return case

        return hint

    def need(rps, ms, hint):
        if same_in_every_order(rps, ms):
            check(need_fn, (rps, ms), exact_need(rps, ms), hint=need_hint(rps, ms, hint))

    def throttled(rps, ms, limit=None, hint=None, keyword=True):
        if not same_in_every_order(rps, ms):
            return
        need_now = exact_need(rps, ms)
        expected = need_now > (DEFAULT_CONCURRENCY if limit is None else limit)
        case = hint

        def hint(got):
            if got is True and need_now == (DEFAULT_CONCURRENCY if limit is None else limit):
                return (f"The need, {need_now}, equals the limit: only a need ABOVE the limit "
                        "is throttled (>, not >=).")
            if got is True and limit is None and need_now <= DEFAULT_CONCURRENCY:
                return (f"The need is {need_now}, and with no concurrency_limit given the "
                        f"limit is DEFAULT_CONCURRENCY_LIMIT ({DEFAULT_CONCURRENCY}).")
            return case

        if limit is None:
            check(throttled_fn, (rps, ms), expected, hint=hint)
        elif keyword:
            check(throttled_fn, (rps, ms), expected, {"concurrency_limit": limit}, hint=hint)
        else:
            check(throttled_fn, (rps, ms, limit), expected, hint=hint)

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
    throttled(500, 1000, hint="A need of 500 fits the default limit, DEFAULT_CONCURRENCY_LIMIT "
                              f"({DEFAULT_CONCURRENCY} per Region).")
    throttled(2000, 500, hint="A need of exactly 1,000 fits the default limit of 1,000: "
                              "not throttled (use >, not >=).")
    throttled(2001, 500, hint="A need of 1,001 is above the default limit of 1,000.")
    throttled(10_000, 100, hint="10,000 x 0.1 s = 1,000: not above the default limit.")
    throttled(10_001, 100, hint="10,001 x 0.1 s = 1000.1, so 1,001 environments: throttled.")
    throttled(600, 2000, hint="600 x 2 s = 1,200 > 1,000: throttled with the default limit "
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
        check_raises(fn, args, exc_type=ValueError, hint=f"Raise ValueError for {what}.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
