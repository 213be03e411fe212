# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import apigateway as _facts

start_watchdog()

# The account-level defaults, from the site's fact sheet, to experiment with.
ACCOUNT_RPS = _facts.ACCOUNT_RPS
ACCOUNT_BURST = _facts.ACCOUNT_BURST
del _facts


@grading_code
def _bucket_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the answers under its mistake (exact arithmetic) and speaks only when that
    # gives exactly the learner's answers, and the learner's function also gives the
    # mistake's answers on a second, small input where the mistake shows.
    from fractions import Fraction
    import math

    def model(timestamps, rate, burst, start="full", cap=True, need="one", takes=False,
              whole=False, window=False, inverted=False, since_first=False):
        times, rate = [Fraction(t) for t in timestamps], Fraction(rate)
        if window:                      # a counter of `rate` requests per whole second
            served, out = {}, []
            for t in times:
                second = math.floor(t)
                ok = served.get(second, 0) < rate
                served[second] = served.get(second, 0) + ok
                out.append(200 if ok else 429)
            return out
        tokens = Fraction({"full": burst, "empty": 0, "one": min(1, burst)}[start])
        last, out = None, []
        for t in times:
            if since_first:             # the time since the FIRST request, at each one
                last = times[0]
            if last is not None:
                refill = (t - last) / rate if inverted else (t - last) * rate
                tokens += math.floor(refill) if whole else refill
                tokens = min(tokens, burst) if cap else tokens
            last = t
            ok = {"one": tokens >= 1, "part": tokens > 0, "more": tokens > 1}[need]
            if ok or takes:
                tokens = max(tokens - 1, 0) if need == "part" else tokens - 1
            out.append(200 if ok else 429)
        return out

    def under(*probes, **mistake):
        def detect(case):
            if not case.returned or case.raises or case.got == case.expected:
                return False
            if model(*case.args, **mistake) != case.got:
                return False
            # The learner's function agrees with the mistake on every probe, and the
            # mistake gives a wrong answer on one of them at least.
            shows = False
            for probe in probes:
                wrong = model(*probe, **mistake)
                if case.probe(*probe) != ("ok", wrong):
                    return False
                shows = shows or wrong != model(*probe)
            return shows
        # For tests/test_messages.py: each other mistake differs from this one on a probe.
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def either(*detectors):
        def detect(case):
            return any(part(case) for part in detectors)
        detect.parts = detectors
        return detect

    def accepted_invalid(test):
        # For a check that expects ValueError: the function returned answers instead.
        def detect(case):
            return case.raises is ValueError and case.returned and test(*case.args)
        return detect

    def equal_times_refused(case):
        times = case.args[0]
        return (case.raises is None and case.raised(ValueError)
                and any(a == b for a, b in zip(times, times[1:])))

    def zero_burst_refused(case):
        return case.raises is None and case.raised(ValueError) and case.args[2] == 0

    def valid_refused(case):
        return case.raises is None and case.raised(ValueError)

    def not_a_list(case):
        return isinstance(case.got, tuple) and list(case.got) == case.expected

    def statuses_as_text(case):
        got = case.got
        return (isinstance(got, (list, tuple)) and isinstance(case.expected, list)
                and any(isinstance(g, str) for g in got)
                and [str(e) for e in case.expected] == [str(g) for g in got]
                and f"your answers include {next(g for g in got if isinstance(g, str))!r}")

    def checked_in_the_loop(case):
        # An invalid rate or burst with no requests got [], and the same rate and burst
        # with one request raise ValueError: the checks run only with a request.
        times, rate, burst = case.args
        if not (case.raises is ValueError and case.returned and not times
                and (rate <= 0 or burst < 0)):
            return False
        kind, error = case.probe([0], rate, burst)
        return (kind == "error" and isinstance(error, ValueError)
                and f"your function raises ValueError for throttle([0], {rate!r}, {burst!r})")

    return Diagnosis(
        Property("answers-in-a-list", "the answers are a list of ints, one per request",
                 "Return a list, not a tuple.", not_a_list),
        Property("answers-are-ints", "each answer is the int 200 or 429",
                 "Answer with the numbers 200 and 429 (ints), not the text '200' and '429'.",
                 statuses_as_text),
        Property("bucket-starts-full", "in this exercise's model the bucket starts full",
                 "Your answers are those of a bucket that does not start full (your "
                 "function also refuses the second request of throttle([0, 0], 1, 2)): "
                 "start with `burst` tokens.",
                 either(under(([0], 1, 2), ([0, 0], 1, 2), start="empty"),
                        under(([0, 0], 1, 2), ([0], 1, 1), ([0.9, 1.0], 1, 1), start="one"))),
        Property("one-whole-token", "a request needs at least one whole token",
                 "Your answers are those of a bucket that serves a request on a fraction of "
                 "a token (your function also accepts both requests of "
                 "throttle([0, 0.5], 1, 1)): accept only when tokens >= 1.",
                 under(([0, 0.5], 1, 1), need="part")),
        Property("exactly-one-token-is-enough", "a request with exactly one token is served",
                 "Your answers are those of a bucket that needs MORE than one token (your "
                 "function also refuses the second request of throttle([0, 0], 2, 2)): "
                 "accept when tokens >= 1, not > 1.",
                 under(([0, 0], 2, 2), ([0], 1, 1), need="more")),
        Property("capped-at-burst", "the bucket never holds more than `burst` tokens",
                 "Your answers are those of a bucket whose refill is not capped (your "
                 "function also serves all 3 requests of throttle([0, 2, 2], 1, 1)): the "
                 "bucket holds at most `burst` tokens.",
                 under(([0, 2, 2], 1, 1), ([0, 0, 1, 1], 1, 1), cap=False)),
        Property("throttled-takes-nothing", "a throttled request (429) takes no token",
                 "Your answers are those of a bucket where a refused request still takes a "
                 "token (your function also refuses the request at t=1 in "
                 "throttle([0, 0, 1], 1, 1)): only a served request takes one.",
                 under(([0, 0, 1], 1, 1), takes=True)),
        Property("fractions-add-up", "the refill is continuous: fractions of a token add up",
                 "Your answers are those of a bucket that adds whole tokens only and loses "
                 "the fraction at each request (your function also refuses the request at "
                 "t=2 in throttle([0, 0, 1.5, 2], 1, 2)): keep the fraction.",
                 under(([0, 0, 1.5, 2], 1, 2), whole=True)),
        Property("a-bucket-not-a-window", "tokens refill continuously, up to `burst`; the "
                 "rate is not a counter reset every second",
                 "Your answers are those of a counter of `rate` requests per whole second "
                 "(your function also serves both requests of throttle([0.9, 1.0], 1, 1)): "
                 "keep a bucket of `burst` tokens that refills at `rate` per second.",
                 under(([0.9, 1.0], 1, 1), ([0, 0], 1, 3), window=True)),
        Property("rate-is-tokens-per-second", "`rate` tokens are added per second",
                 "Your answers are those of a bucket that adds one token every `rate` "
                 "seconds (your function also refuses t=0.5 in throttle([0, 0, 0.5], 4, 2)):"
                 " add (t - last) * rate tokens.",
                 under(([0, 0, 0.5], 4, 2), inverted=True)),
        Property("refill-since-the-last-request", "each request refills the time since "
                 "the previous request, not since the first",
                 "Your answers are those of a bucket that adds, at each request, the time "
                 "since the FIRST request (your function also serves both requests at t=1 in "
                 "throttle([0, 0, 1, 1], 1, 1)): add (t - the previous request's time) * rate.",
                 under(([0, 0, 1, 1], 1, 1), since_first=True)),
        Property("equal-times-are-in-order", "equal times are in order",
                 "Your function raised ValueError for requests at the same instant: times "
                 "out of order means a time BELOW the one before it.", equal_times_refused),
        Property("burst-zero-is-valid", "burst = 0 is valid: the bucket never holds a token",
                 "Your function raised ValueError for burst = 0: only burst < 0 is invalid; "
                 "with 0, every request gets 429.", zero_burst_refused),
        Property("valid-input-accepted", "a valid input (rate > 0, burst >= 0, times in "
                 "order) gets answers, not ValueError",
                 "Your function raised ValueError for a valid input: check the conditions "
                 "of your checks against the statement.", valid_refused),
        Property("checked-without-requests", "an invalid rate or burst raises ValueError "
                 "even when there are no requests",
                 "Your function checks rate and burst only when there is a request: check "
                 "them before looking at the requests, so that throttle([], ...) raises too.",
                 checked_in_the_loop),
        Property("rate-must-be-positive", "rate <= 0 raises ValueError",
                 "A rate of 0 is invalid too: raise ValueError when rate <= 0, with or "
                 "without requests.",
                 accepted_invalid(lambda times, rate, burst: rate <= 0)),
        Property("burst-not-negative", "burst < 0 raises ValueError",
                 "Raise ValueError when burst < 0 (0 is valid), with or without requests.",
                 accepted_invalid(lambda times, rate, burst: burst < 0)),
        Property("times-ascending", "times out of order raise ValueError",
                 "Raise ValueError when a time is below the one before it, instead of "
                 "answering.",
                 accepted_invalid(lambda times, rate, burst: any(
                     b < a for a, b in zip(times, times[1:])))),
    )


_BUCKET_MISTAKES = _bucket_mistakes()
check, check_raises = bound_check(_BUCKET_MISTAKES)
del _bucket_mistakes

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
# A spike of 4 requests at the same instant: the bucket holds 3 tokens.
check(throttle, ([0, 0, 0, 0], 1, 3), [200, 200, 200, 429])
# One token, refilled at 2 per second: a token every 0.5 s.
check(throttle, ([0, 0.25, 0.5, 0.75, 1.0], 2, 1), [200, 429, 200, 429, 200])
# After 10 idle seconds the bucket is full again, but never holds more than `burst`.
check(throttle, ([0, 0, 10, 10, 10], 1, 2), [200, 200, 200, 200, 429])
# No requests, no answers.
check(throttle, ([], 5, 5), [])
# Times out of order.
check_raises(throttle, ([1, 0], 1, 1), exc_type=ValueError)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    from fractions import Fraction
    from awsgrader import call, check_raises, difference, fail, format_call, require_function
    from awsgrader import short_repr
    from awsgrader.facts import apigateway as facts

    throttle = require_function(globals(), "throttle", ["timestamps", "rate", "burst"])
    mistakes = _BUCKET_MISTAKES

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

    def expect(timestamps, rate, burst, note=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property whose mistake explains the
        # learner's answers (see the env section), never from the case.
        statuses, found, unit = simulate(timestamps, rate, burst)
        if not exact_in_binary(timestamps, rate):
            # Floats are not exact (rate 0.1...): no test puts a request within a
            # millionth of a token of the threshold, where float order could matter.
            assert not near_threshold(found, unit), (
                "grader error: a request lands too close to 1 token")
        args = (timestamps, rate, burst)
        label = format_call("throttle", args)
        expected_text = short_repr(statuses)
        got = call(throttle, args, label=label, expected_text=expected_text,
                   diagnose=mistakes, expected=statuses)
        why = difference(got, statuses)
        if why:
            if isinstance(got, list) and len(got) == len(statuses):
                # Which answer is wrong, and what the bucket held at that moment.
                i = next(i for i, (g, e) in enumerate(zip(got, statuses)) if g != e)
                why += (f"; request #{i} arrives at t={timestamps[i]!r} and finds "
                        f"{found[i] / unit:.6g} token(s) in the bucket")
            found_property = mistakes(throttle, args, {}, statuses, got=got)
            check_line, hint = found_property or (None, None)
            fail(label, expected_text, short_repr(got), hint, why, check=check_line)

    # The bucket starts full, and one token is enough.
    expect([0], 1, 1, note="In this exercise's model the bucket starts full: the first request "
                        "finds `burst` tokens.")
    expect([5], 1, 1, note="In this exercise's model the bucket is full when the first "
                          "request arrives, whatever its time.")
    expect([0, 0, 0, 0, 0], 1, 3, note="A burst of 3 serves 3 requests at the same instant; "
                                        "a request needs at least 1 whole token.")
    expect([2, 2, 2], 4, 3, note="Equal times are in order; all three fit in the bucket.")
    expect([], 1, 1, note="No requests: return an empty list.")
    expect([], 3.5, 0, note="No requests: return an empty list.")
    # burst = 0: the bucket can never hold a token.
    expect([0, 1, 2, 100], 5, 0, note="With burst = 0 the bucket holds at most 0 tokens: "
                                      "every request is throttled (429).")
    # Refill at `rate` tokens per second, continuously.
    expect([0, 0.25, 0.5, 0.75, 1.0], 2, 1,
           note="At 2 tokens per second, 0.25 s refills half a token: not enough. "
                "0.5 s refills exactly one, which is enough.")
    expect([0, 0.5, 0.75, 1.0], 1, 1,
           note="Partial tokens add up: 0.5 + 0.25 + 0.25 s at 1 token/s make a whole token "
                "at t = 1.0.")
    expect([0, 0.5, 1.0, 1.5, 2.0], 1, 1,
           note="In this exercise's model a throttled request (429) takes no token: "
                "the refill keeps adding up.")
    expect([0, 0, 0, 0, 0.5], 2, 4,
           note="The bucket is not a per-second counter: after the burst of 4, half a second "
                "at 2 tokens/s refills one token.")
    expect([0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0], 4, 2,
           note="8 requests a second against a rate of 4: once the 2 burst tokens are used, "
                "every other request is served.")
    expect([0.5, 0.5, 0.5, 1.25, 1.25, 3.0, 3.0, 3.0], 0.5, 2,
           note="A rate below 1: one token every 2 seconds.")
    # The refill never goes above `burst`.
    expect([0, 0, 10, 10, 10], 1, 2,
           note="After a long idle period the bucket is full, but holds at most `burst` "
                "tokens.")
    expect([0, 1000, 1000, 1000, 1000], 8, 3,
           note="1000 idle seconds at 8 tokens/s would make 8000 tokens, but the bucket "
                "holds at most 3.")
    expect([0, 0.5, 0.5, 0.5], 4, 3,
           note="Refilling 2 tokens on top of the 2 left would make 4: the bucket holds 3.")
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
           note=f"At the account default of {facts.ACCOUNT_RPS} tokens per second, a token "
                f"comes back every 0.1 ms; here requests arrive about every 0.05 ms.")
    expect([round(0.001 * i, 3) for i in range(1, 30)], facts.ACCOUNT_RPS, facts.ACCOUNT_BURST,
           note=f"A bucket of {facts.ACCOUNT_BURST} tokens serves a short spike entirely.")

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
        (([0, 1], 0, 5), "rate is 0: a bucket that never refills"),
        (([0, 1], -2, 5), "rate is negative"),
        (([0, 1], -0.5, 5), "rate is negative"),
        (([], 0, 5), "rate is 0 (there are no requests, but the parameters are wrong)"),
        (([0, 1], 1, -1), "burst is negative"),
        (([], 1, -3), "burst is negative (there are no requests, but the parameters are "
                      "wrong)"),
        (([1, 0], 1, 1), "the times are out of order"),
        (([0, 1, 2, 1.5, 3], 10, 10), "the times are out of order (request #3 comes before "
                                      "#2)"),
        (([0, 5, 5, 4.999], 1, 5), "the times are out of order after equal times"),
    ]
    for args, what in bad:
        check_raises(throttle, args, None, ValueError, why=what, diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
