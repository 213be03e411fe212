# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import apigateway as _facts

start_watchdog()

# The account-level defaults, from the site's fact sheet, to experiment with.
ACCOUNT_RPS = _facts.ACCOUNT_RPS
ACCOUNT_BURST = _facts.ACCOUNT_BURST
del _facts

# --- PYODIDE:code --- #
def throttle(timestamps, rate, burst):
    ...

# --- PYODIDE:corr --- #
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError(f"rate must be positive, not {rate!r}")
    if burst < 0:
        raise ValueError(f"burst cannot be negative, not {burst!r}")
    if any(later < earlier for earlier, later in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")

    statuses = []
    tokens = burst          # the bucket starts full
    last = None
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            statuses.append(200)
        else:
            statuses.append(429)
    return statuses

# --- PYODIDE:tests --- #
def answers(timestamps, rate, burst):
    # Your function's answer, or the error it raised, as text.
    try:
        return throttle(timestamps, rate, burst)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


# A spike of 4 requests at the same instant: the bucket holds 3 tokens.
got = answers([0, 0, 0, 0], 1, 3)
assert got == [200, 200, 200, 429], (
    f"throttle([0, 0, 0, 0], 1, 3): expected [200, 200, 200, 429], got {got!r}")
# One token, refilled at 2 per second: a token every 0.5 s.
got = answers([0, 0.25, 0.5, 0.75, 1.0], 2, 1)
assert got == [200, 429, 200, 429, 200], (
    f"throttle([0, 0.25, 0.5, 0.75, 1.0], 2, 1): expected [200, 429, 200, 429, 200], "
    f"got {got!r}")
# After 10 idle seconds the bucket is full again, but never holds more than `burst`.
got = answers([0, 0, 10, 10, 10], 1, 2)
assert got == [200, 200, 200, 200, 429], (
    f"throttle([0, 0, 10, 10, 10], 1, 2): expected [200, 200, 200, 200, 429], got {got!r}")
# No requests, no answers.
got = answers([], 5, 5)
assert got == [], f"throttle([], 5, 5): expected [], got {got!r}"
# Times out of order.
got = answers([1, 0], 1, 1)
assert isinstance(got, str) and got.startswith("ValueError"), (
    f"throttle([1, 0], 1, 1): expected ValueError, got {got!r}")

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import random
    from fractions import Fraction
    from awsgrader import call, check_raises, difference, fail, format_call, require_function
    from awsgrader import short_repr
    from awsgrader.facts import apigateway as facts

    throttle = require_function(globals(), "throttle", ["timestamps", "rate", "burst"])

    def simulate(timestamps, rate, burst):
        # Independent exact oracle: the answers, and the tokens each request finds in the
        # bucket when it arrives, in units of 1/unit token. It works on the exact value of
        # each float, in integers: times in units of 1/scale_t s (floats are dyadic).
        times = [Fraction(t) for t in timestamps]
        r = Fraction(rate)
        scale_t = max([t.denominator for t in times], default=1)
        unit = scale_t * r.denominator
        per_tick = r.numerator              # tokens (in 1/unit) per 1/scale_t s
        ticks = [t.numerator * (scale_t // t.denominator) for t in times]
        cap = burst * unit
        tokens, previous = cap, None
        statuses, found = [], []
        for tick in ticks:
            if previous is not None:
                tokens = min(cap, tokens + (tick - previous) * per_tick)
            previous = tick
            found.append(tokens)
            if tokens >= unit:
                tokens -= unit
                statuses.append(200)
            else:
                statuses.append(429)
        return statuses, found, unit

    def exact_in_binary(timestamps, rate):
        # A power-of-two rate and times on a 1/64 s grid: every float operation of any
        # reasonable solution (tokens, time-based, Decimal) is exact, so a request may
        # find exactly 1 token and every solution agrees on it.
        r = Fraction(rate)
        power_of_two = r.numerator == 1 or r.denominator == 1
        power_of_two = power_of_two and (r.numerator * r.denominator) & (
            r.numerator * r.denominator - 1) == 0
        return (power_of_two and Fraction(1, 64) <= r <= 2 ** 14
                and all((Fraction(t) * 64).denominator == 1 and 0 <= t < 2 ** 20
                        for t in timestamps))

    def near_threshold(found, unit):
        # Does a request find within a millionth of a token of exactly 1 token?
        return any(abs(f - unit) * 10 ** 6 <= unit for f in found)

    def expect(timestamps, rate, burst, hint=None):
        statuses, found, unit = simulate(timestamps, rate, burst)
        if not exact_in_binary(timestamps, rate):
            # Floats are not exact (rate 0.1...): no test puts a request within a
            # millionth of a token of the threshold, where float order could matter.
            assert not near_threshold(found, unit), (
                "grader error: a request lands too close to 1 token")
        label = format_call("throttle", (timestamps, rate, burst))
        expected_text = short_repr(statuses)
        got = call(throttle, (timestamps, rate, burst), label=label,
                   expected_text=expected_text, hint=hint)
        why = difference(got, statuses)
        if why:
            if isinstance(got, list) and len(got) == len(statuses):
                i = next(i for i, (g, e) in enumerate(zip(got, statuses)) if g != e)
                why += (f"; request #{i} arrives at t={timestamps[i]!r} and finds "
                        f"{found[i] / unit:.6g} token(s) in the bucket")
            fail(label, expected_text, short_repr(got), hint, why)

    # The bucket starts full, and one token is enough.
    expect([0], 1, 1, hint="In this exercise's model the bucket starts full: the first request "
                        "finds `burst` tokens.")
    expect([5], 1, 1, hint="In this exercise's model the bucket is full when the first "
                          "request arrives, whatever its time.")
    expect([0, 0, 0, 0, 0], 1, 3, hint="A burst of 3 serves 3 requests at the same instant; "
                                        "a request needs at least 1 whole token.")
    expect([2, 2, 2], 4, 3, hint="Equal times are in order; all three fit in the bucket.")
    expect([], 1, 1, hint="No requests: return an empty list.")
    expect([], 3.5, 0, hint="No requests: return an empty list.")
    # burst = 0: the bucket can never hold a token.
    expect([0, 1, 2, 100], 5, 0, hint="With burst = 0 the bucket holds at most 0 tokens: "
                                      "every request is throttled (429).")
    # Refill at `rate` tokens per second, continuously.
    expect([0, 0.25, 0.5, 0.75, 1.0], 2, 1,
           hint="At 2 tokens per second, 0.25 s refills half a token: not enough. "
                "0.5 s refills exactly one, which is enough.")
    expect([0, 0.5, 0.75, 1.0], 1, 1,
           hint="Partial tokens add up: 0.5 + 0.25 + 0.25 s at 1 token/s make a whole token "
                "at t = 1.0.")
    expect([0, 0.5, 1.0, 1.5, 2.0], 1, 1,
           hint="In this exercise's model a throttled request (429) takes no token: "
                "the refill keeps adding up.")
    expect([0, 0, 0, 0, 0.5], 2, 4,
           hint="The bucket is not a per-second counter: after the burst of 4, half a second "
                "at 2 tokens/s refills one token.")
    expect([0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0], 4, 2,
           hint="8 requests a second against a rate of 4: once the 2 burst tokens are used, "
                "every other request is served.")
    expect([0.5, 0.5, 0.5, 1.25, 1.25, 3.0, 3.0, 3.0], 0.5, 2,
           hint="A rate below 1: one token every 2 seconds.")
    # The refill never goes above `burst`.
    expect([0, 0, 10, 10, 10], 1, 2,
           hint="After a long idle period the bucket is full, but holds at most `burst` "
                "tokens.")
    expect([0, 1000, 1000, 1000, 1000], 8, 3,
           hint="1000 idle seconds at 8 tokens/s would make 8000 tokens, but the bucket "
                "holds at most 3.")
    expect([0, 0.5, 0.5, 0.5], 4, 3,
           hint="Refilling 2 tokens on top of the 2 left would make 4: the bucket holds 3.")
    # Rates that are not exact in binary (no request lands near the threshold).
    expect([0, 0.3, 0.7, 1.2, 1.2, 4.05], 0.7, 2)
    expect([0, 0.1, 0.2, 0.33, 0.5, 0.66, 2.5], 3, 2)
    expect([10.1, 10.2, 10.3, 10.4, 11.15, 11.2], 1.5, 2)
    # The account-level rate: a token comes back every 0.1 ms.
    rng = random.Random(5000)
    t, fast = 0.0, []
    for _ in range(40):
        t += rng.uniform(0.00003, 0.00007)
        fast.append(round(t, 7))
    expect(fast, facts.ACCOUNT_RPS, 2,
           hint=f"At the account default of {facts.ACCOUNT_RPS} tokens per second, a token "
                f"comes back every 0.1 ms; here requests arrive about every 0.05 ms.")
    expect([round(0.001 * i, 3) for i in range(1, 30)], facts.ACCOUNT_RPS, facts.ACCOUNT_BURST,
           hint=f"A bucket of {facts.ACCOUNT_BURST} tokens serves a short spike entirely.")

    # Random cases against the exact oracle.
    for _ in range(50):
        # Exact in binary: power-of-two rates, times on a 1/8 s grid (boundaries included).
        rate = 2.0 ** rng.randint(-2, 3)
        times, t = [], 0.0
        for _ in range(rng.randint(1, 20)):
            t += rng.choice([0, 0, 1, 1, 2, 3, 4, 8, 40]) / 8
            times.append(t)
        expect(times, rate, rng.randint(0, 5))
    for _ in range(40):
        # Any rate: a case where a request lands near the threshold is drawn again. (A
        # request finds a whole number of tokens at the first instant, or when requests
        # arrive together on a full bucket: that is left to the cases above.)
        while True:
            rate = round(rng.uniform(0.1, 20), 2)
            burst = rng.choice([0, 2, 3, 4, 5])
            times, t = [], round(rng.uniform(0, 5), 3)
            for _ in range(rng.randint(1, 20)):
                t = round(t + rng.uniform(0.001, 1.5), 3)
                times.append(t)
            _, found, unit = simulate(times, rate, burst)
            if not near_threshold(found, unit):
                break
        expect(times, rate, burst)

    # Invalid input.
    bad = [
        (([0, 1], 0, 5), "rate = 0: a bucket that never refills is not a rate"),
        (([0, 1], -2, 5), "a negative rate"),
        (([0, 1], -0.5, 5), "a negative rate"),
        (([], 0, 5), "rate = 0, even with no requests: check the parameters first"),
        (([0, 1], 1, -1), "a negative burst"),
        (([], 1, -3), "a negative burst, even with no requests"),
        (([1, 0], 1, 1), "times out of order"),
        (([0, 1, 2, 1.5, 3], 10, 10), "times out of order (request #3 comes before #2)"),
        (([0, 5, 5, 4.999], 1, 5), "times out of order, even after equal times"),
    ]
    for args, what in bad:
        check_raises(throttle, args, None, ValueError, hint=f"Raise ValueError for {what}.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
