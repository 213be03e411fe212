# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.facts import awslambda as _prices

start_watchdog()

# us-east-1 prices, from the site's fact sheet (see the statement for their sources).
REQUEST_PRICE_PER_MILLION = _prices.REQUEST_PRICE_PER_MILLION
GB_SECOND_PRICE = dict(_prices.GB_SECOND_PRICE)
EPHEMERAL_GB_SECOND_PRICE = _prices.EPHEMERAL_GB_SECOND_PRICE
del _prices


@grading_code
def _cost_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the bill under its mistake (exact arithmetic) and speaks only when that
    # gives the learner's value, and the learner's function also gives the mistake's bill on
    # a small input where that mistake shows. It says which charge is wrong.
    from fractions import Fraction
    import math
    from awsgrader import ROUNDING_HINT, rounded_places
    from awsgrader.facts import awslambda as prices

    FREE_REQ = prices.FREE_REQUESTS_PER_MONTH
    FREE_GBS = prices.FREE_GB_SECONDS_PER_MONTH
    REQ_PRICE = Fraction(str(prices.REQUEST_PRICE_PER_MILLION)) / 1_000_000
    GBS_PRICE = {a: Fraction(str(p)) for a, p in prices.GB_SECOND_PRICE.items()}
    STORAGE_PRICE = Fraction(str(prices.EPHEMERAL_GB_SECOND_PRICE))

    def charges(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                ephemeral_storage_mb=512, include_free_tier=True, mistake=None):
        """The bill's three charges (requests, duration, storage), exactly, or under a
        mistake."""
        ms = Fraction(str(avg_duration_ms))
        requests = Fraction(requests)
        if mistake == "exact_ms":
            billed_s = requests * ms / 1000
        elif mistake == "total_ms":
            billed_s = Fraction(math.ceil(requests * ms)) / 1000
        elif mistake == "100ms":
            billed_s = requests * math.ceil(ms / 100) * 100 / 1000
        elif mistake == "nearest_ms":
            billed_s = requests * math.floor(ms + Fraction(1, 2)) / 1000
        else:
            billed_s = requests * math.ceil(ms) / 1000
        # Which allowance is taken off: the flag ignored, one way or the other, for both
        # allowances or for one of them.
        free_req = free_gbs = include_free_tier
        if mistake in ("no_free_tier", "no_free_req"):
            free_req = False
        if mistake in ("no_free_tier", "no_free_gbs"):
            free_gbs = False
        if mistake in ("free_tier_when_off", "req_free_when_off"):
            free_req = True
        if mistake in ("free_tier_when_off", "gbs_free_when_off"):
            free_gbs = True
        if mistake and mistake.startswith("free_dollars"):
            free_req = free_gbs = False
        req_n = requests - (FREE_REQ if free_req else 0)
        # The duration's requests: all of them, or (a mistake) only the paid ones, for the
        # duration alone or for the storage's billed seconds too.
        if mistake in ("gbs_paid_requests", "seconds_paid_requests") and free_req:
            billed_ms = billed_s * 1000 / requests if requests else 0
            paid_s = max(0, req_n) * billed_ms / 1000
            billed_s = paid_s if mistake == "seconds_paid_requests" else billed_s
            gb_s = paid_s * memory_mb / 1024
        else:
            gb_s = billed_s * memory_mb / (1000 if mistake == "gb_1000" else 1024)
        if mistake == "free_off_seconds" and free_gbs:
            # The free 400,000 taken off the seconds, before the memory in GB.
            gbs_n = max(0, billed_s - FREE_GBS) * memory_mb / 1024
        else:
            gbs_n = gb_s - (FREE_GBS if free_gbs else 0)
        req_n = req_n if mistake in ("req_no_floor", "no_floor") else max(0, req_n)
        gbs_n = gbs_n if mistake in ("gbs_no_floor", "no_floor") else max(0, gbs_n)
        req_price = REQ_PRICE * (1_000_000 if mistake == "per_request" else 1)
        arch = "x86_64" if mistake == "x86_for_arm" else architecture
        free_mb = 0 if mistake == "storage_from_zero" else 512
        storage_gb_s = Fraction(ephemeral_storage_mb - free_mb, 1024) * billed_s
        if mistake == "free_tier_storage" and free_gbs:
            storage_gb_s = max(0, storage_gb_s - FREE_GBS)
        bill = [req_n * req_price, gbs_n * GBS_PRICE[arch], storage_gb_s * STORAGE_PRICE]
        if mistake == "no_requests":
            bill[0] = Fraction(0)
        if mistake == "no_duration":
            bill[1] = Fraction(0)
        if mistake == "no_storage":
            bill[2] = Fraction(0)
        if mistake == "free_dollars" and include_free_tier:
            # The free tier's dollar value taken off the whole bill, which stops at 0 (taken
            # off without that floor, it is the same bill as no_floor: each usage can go
            # below 0).
            value = FREE_REQ * REQ_PRICE + FREE_GBS * GBS_PRICE[architecture]
            bill = [max(0, sum(bill) - value), 0, 0]
        return tuple(bill)

    def model(*args, **mistake):
        return sum(charges(*args, **mistake))

    def close(got, value):
        return math.isclose(float(got), float(value), rel_tol=1e-9, abs_tol=1e-9)

    def number(value):
        return (isinstance(value, (int, float)) and not isinstance(value, bool)
                and math.isfinite(value))

    NAMES = ("request", "duration", "storage")

    def which_parts(args, kwargs, mistake, says=""):
        right = charges(*args, **kwargs)
        wrong = charges(*args, **kwargs, mistake=mistake)
        if mistake.startswith("free_dollars"):
            return True      # the hint says it all: the bill is not split into charges
        parts = [f"your {n} charge is ${float(w):.10g} instead of ${float(r):.10g}"
                 for n, r, w in zip(NAMES, right, wrong) if r != w]
        return says + "; ".join(parts)

    def under(*probes, mistake, says=""):
        def detect(case):
            if not case.returned or case.raises or not number(case.got):
                return False
            if close(case.got, case.expected):
                return False
            if not close(case.got, model(*case.args, **case.kwargs, mistake=mistake)):
                return False
            shows = False
            for probe in probes:
                wrong = model(*probe, mistake=mistake)
                outcome = case.probe(*probe)
                if outcome[0] != "ok" or not number(outcome[1]) or not close(outcome[1], wrong):
                    return False
                shows = shows or not close(wrong, model(*probe))
            return shows and which_parts(case.args, case.kwargs, mistake, says)
        detect.model, detect.mistake, detect.probes = model, {"mistake": mistake}, probes
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

    def arg(case, name):
        order = ["requests", "avg_duration_ms", "memory_mb", "architecture",
                 "ephemeral_storage_mb", "include_free_tier"]
        defaults = [None, None, None, "x86_64", 512, True]
        i = order.index(name)
        if i < len(case.args):
            return case.args[i]
        return case.kwargs.get(name, defaults[i])

    def accepted(test):
        def detect(case):
            return case.raises is ValueError and case.returned and test(case)
        return detect

    def bad_memory(case):
        return not 128 <= arg(case, "memory_mb") <= 10_240

    def bad_storage(case):
        return not 512 <= arg(case, "ephemeral_storage_mb") <= 10_240

    def bad_usage(case):
        return arg(case, "requests") < 0 or arg(case, "avg_duration_ms") < 0

    def unknown_architecture(case):
        return (case.raises is ValueError and arg(case, "architecture") not in GBS_PRICE
                and (case.returned or case.raised(KeyError))
                and ("yours raised KeyError" if case.raised(KeyError) else "yours returned a "
                     "bill"))

    def other_exception(case):
        return (case.raises is ValueError and case.error is not None
                and not case.raised(ValueError) and f"yours raised {type(case.error).__name__}")

    def edge_refused(case):
        return (case.raises is None and case.raised(ValueError)
                and (arg(case, "memory_mb") in (128, 10_240)
                     or arg(case, "ephemeral_storage_mb") in (512, 10_240)))

    def rounded(case):
        places = case.returned and number(case.got) and rounded_places(case.got,
                                                                        case.expected)
        return places and f"your bill is the expected one rounded to {places} decimal places"

    X, A = "x86_64", "arm64"
    return Diagnosis(
        Property("not-rounded", "the bill is returned unrounded", ROUNDING_HINT, rounded),
        Property("bill-whole-milliseconds", "each invocation bills its duration rounded UP to "
                 "a whole millisecond",
                 "Your bill is the one for the exact average duration (your function also "
                 "bills 0.4 ms, not 1 ms, in lambda_monthly_cost(1_000_000, 0.4, 1024, "
                 "'x86_64', 512, False)): round each invocation's duration UP with math.ceil.",
                 under((1_000_000, 0.4, 1024, X, 512, False), (3, 0.4, 10_240, X, 512, False),
                       mistake="exact_ms")),
        Property("round-each-invocation", "the rounding applies to each invocation, not to "
                 "the month's total",
                 "Your bill rounds the month's total duration once (your function also bills "
                 "2 ms, not 3, for lambda_monthly_cost(3, 0.4, 10_240, 'x86_64', 512, "
                 "False)): round each invocation's duration up, then multiply by requests.",
                 under((3, 0.4, 10_240, X, 512, False), mistake="total_ms")),
        Property("no-100-ms-steps", "duration is billed per millisecond",
                 "Your bill counts duration in 100 ms steps, the rule before December 2020 "
                 "(your function also bills 100 ms for a 1 ms invocation): today each "
                 "invocation is rounded up to the next whole millisecond.",
                 under((1_000_000, 1, 1024, X, 512, False), mistake="100ms")),
        Property("round-up-not-to-nearest", "billed ms are rounded UP, never to the nearest",
                 "Your bill rounds the duration to the NEAREST millisecond (your function "
                 "also bills 0 ms for 0.4 ms): round up with math.ceil.",
                 under((1_000_000, 0.4, 1024, X, 512, False),
                       (1_000_000, 1.6, 1024, X, 512, False), mistake="nearest_ms")),
        Property("gb-is-1024-mb", "GB-seconds use 1 GB = 1024 MB",
                 "Your duration charge counts 1 GB as 1000 MB: Lambda counts 1 GB as 1024 MB.",
                 under((1_000_000, 1000, 1000, X, 512, False), mistake="gb_1000")),
        Property("price-per-million", "the request price is per MILLION requests",
                 "Your request charge is REQUEST_PRICE_PER_MILLION per request: the price "
                 "is per million requests, so divide the requests by 1,000,000.",
                 under((1_000_000, 1, 128, X, 512, False), mistake="per_request")),
        Property("free-tier-when-asked", "include_free_tier=True takes the free tier off",
                 f"Your bill leaves out the free tier, or one of its two allowances, although "
                 f"include_free_tier is True: take the free {FREE_REQ:,} requests off the "
                 f"requests and the free {FREE_GBS:,} GB-seconds off the GB-seconds.",
                 either(under((1_000_000, 1000, 128, X, 512, True), mistake="no_free_tier",
                              says="both allowances are missing: "),
                        under((2_000_000, 1000, 1024, X, 512, True), mistake="no_free_gbs",
                              says="the free GB-seconds are missing: "),
                        under((2_000_000, 1000, 1024, X, 512, True), mistake="no_free_req",
                              says="the free requests are missing: "))),
        Property("no-free-tier-when-off", "include_free_tier=False bills everything",
                 "Your bill takes the free tier, or one of its two allowances, off although "
                 "include_free_tier is False: with False, bill every request and every "
                 "GB-second.",
                 either(under((1_000_000, 1000, 128, X, 512, False),
                              mistake="free_tier_when_off",
                              says="both allowances are taken off: "),
                        under((2_000_000, 1000, 1024, X, 512, False),
                              mistake="gbs_free_when_off",
                              says="the free GB-seconds are taken off: "),
                        under((2_000_000, 1000, 1024, X, 512, False),
                              mistake="req_free_when_off",
                              says="the free requests are taken off: "))),
        Property("charges-not-below-zero", "each charge is at least 0",
                 "Your bill has a negative charge: the free tier brings the request charge "
                 "and the duration charge down to 0 at most, each on its own, never below "
                 "(use max(0, ...) on each usage).",
                 either(under((0, 100, 128, X, 512, True), mistake="no_floor"),
                        under((0, 100, 128, X, 512, True), mistake="req_no_floor"),
                        under((0, 100, 128, X, 512, True), mistake="gbs_no_floor"))),
        Property("free-tier-is-usage", f"the free tier is {FREE_REQ:,} requests and "
                 f"{FREE_GBS:,} GB-seconds, taken off each usage, not a dollar amount off "
                 "the bill",
                 "Your bill takes the free tier's dollar value off the whole bill: take the "
                 "free requests off the requests and the free GB-seconds off the GB-seconds, "
                 "neither going below 0.",
                 under((2_000_000, 1, 128, X, 512, True), (500_000, 1, 128, X, 512, True),
                       (3_000_000, 1000, 512, X, 512, True), mistake="free_dollars")),
        Property("free-tier-in-gb-seconds", f"the free {FREE_GBS:,} are GB-seconds, taken "
                 "off after multiplying by the memory in GB",
                 f"Your duration charge takes the free {FREE_GBS:,} off the billed seconds, "
                 "before multiplying by the memory in GB: the free tier is "
                 f"{FREE_GBS:,} GB-seconds, so compute the GB-seconds first, then take "
                 f"the {FREE_GBS:,} off them.",
                 under((3_000_000, 1000, 512, X, 512, True), mistake="free_off_seconds")),
        Property("duration-counts-every-request", "the GB-seconds (and the billed seconds) "
                 "count every request, the free ones included",
                 f"Your duration is computed from the requests left after the free "
                 f"{FREE_REQ:,}: the free requests come off the request charge only; the "
                 f"GB-seconds count every request, then the free {FREE_GBS:,} GB-seconds "
                 "come off them.",
                 either(under((3_000_000, 1000, 512, X, 1536, True),
                              mistake="gbs_paid_requests"),
                        under((3_000_000, 1000, 512, X, 1536, True),
                              mistake="seconds_paid_requests",
                              says="your storage charge too counts only the paid requests: "))),
        Property("free-tier-not-on-storage", "the free tier never reduces the storage charge",
                 "Your bill takes the free tier off ephemeral storage too: the free tier "
                 "covers requests and duration only.",
                 under((1_000_000, 1000, 128, X, 1536, True), mistake="free_tier_storage")),
        Property("first-512-mb-free", "only ephemeral storage above 512 MB is billed",
                 "Your storage charge bills all the ephemeral storage: only the MB above the "
                 "free 512 MB are billed.",
                 under((1_000_000, 1000, 128, X, 512, False), mistake="storage_from_zero")),
        Property("arm64-price", "arm64 duration uses GB_SECOND_PRICE['arm64']",
                 "Your duration charge uses the x86_64 GB-second price for arm64: use "
                 "GB_SECOND_PRICE[architecture].",
                 under((1_000_000, 1000, 1024, A, 512, False), mistake="x86_for_arm")),
        Property("request-charge", "the bill includes the request charge",
                 "Your bill has no request charge (your function also bills $0 for "
                 "5,000,000 requests of 0 ms): add requests / 1,000,000 x "
                 "REQUEST_PRICE_PER_MILLION.",
                 under((5_000_000, 0, 128, X, 512, False), mistake="no_requests")),
        Property("duration-charge", "the bill includes the duration charge",
                 "Your bill has no duration charge: add the billed GB-seconds x "
                 "GB_SECOND_PRICE[architecture].",
                 under((1_000_000, 1000, 1024, X, 512, False), mistake="no_duration")),
        Property("storage-charge", "the bill includes the ephemeral storage charge",
                 "Your bill has no ephemeral storage charge: add the GB above 512 MB x billed "
                 "seconds x EPHEMERAL_GB_SECOND_PRICE.",
                 under((1_000_000, 1000, 128, X, 1536, False), mistake="no_storage")),
        Property("range-ends-valid", "128 and 10,240 MB of memory, 512 and 10,240 MB of "
                 "storage, are valid",
                 "Your function raised ValueError at the end of a range: the ranges include "
                 "their ends (use <=, not <).", edge_refused),
        Property("known-architecture", "an architecture other than 'x86_64' and 'arm64' "
                 "raises ValueError",
                 "Check architecture first and raise ValueError when it is not in "
                 "GB_SECOND_PRICE.", unknown_architecture),
        Property("raise-valueerror", "an invalid input raises ValueError",
                 "Raise ValueError itself for an invalid input.", other_exception),
        Property("memory-range", "memory_mb outside 128-10,240 raises ValueError",
                 "Raise ValueError when memory_mb is below 128 or above 10,240.",
                 accepted(bad_memory)),
        Property("storage-range", "ephemeral_storage_mb outside 512-10,240 raises ValueError",
                 "Raise ValueError when ephemeral_storage_mb is below 512 or above 10,240.",
                 accepted(bad_storage)),
        Property("usage-not-negative", "a negative requests or avg_duration_ms raises "
                 "ValueError",
                 "Raise ValueError when requests or avg_duration_ms is below 0.",
                 accepted(bad_usage)),
    )


_COST_MISTAKES = _cost_mistakes()
check, check_raises = bound_check(_COST_MISTAKES)
del _cost_mistakes

# --- PYODIDE:code --- #
def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    ...

# --- PYODIDE:corr --- #
import math


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    if architecture not in GB_SECOND_PRICE:
        raise ValueError(f"architecture must be 'x86_64' or 'arm64', not {architecture!r}")
    if not 128 <= memory_mb <= 10_240:
        raise ValueError("memory_mb must be between 128 and 10,240")
    if not 512 <= ephemeral_storage_mb <= 10_240:
        raise ValueError("ephemeral_storage_mb must be between 512 and 10,240")
    if requests < 0 or avg_duration_ms < 0:
        raise ValueError("requests and avg_duration_ms cannot be negative")

    billed_seconds = requests * math.ceil(avg_duration_ms) / 1000
    gb_seconds = billed_seconds * memory_mb / 1024

    billable_requests = requests
    billable_gb_seconds = gb_seconds
    if include_free_tier:
        billable_requests = max(0, requests - 1_000_000)
        billable_gb_seconds = max(0, gb_seconds - 400_000)

    request_cost = billable_requests / 1_000_000 * REQUEST_PRICE_PER_MILLION
    duration_cost = billable_gb_seconds * GB_SECOND_PRICE[architecture]
    extra_storage_gb = (ephemeral_storage_mb - 512) / 1024
    storage_cost = extra_storage_gb * billed_seconds * EPHEMERAL_GB_SECOND_PRICE
    return request_cost + duration_cost + storage_cost

# --- PYODIDE:tests --- #
# AWS's worked example: 3 million invocations of 1 s at 512 MB, free tier included.
check(lambda_monthly_cost, (3_000_000, 1000, 512), 18.73337)
# The same without the free tier.
check(lambda_monthly_cost, (3_000_000, 1000, 512), 25.60005, {"include_free_tier": False})
# On Graviton (arm64), duration costs 20% less.
check(lambda_monthly_cost, (3_000_000, 1000, 512), 15.06674, {"architecture": "arm64"})

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import math
    import random
    from fractions import Fraction
    from awsgrader import call, check, check_raises, difference, fail, format_call
    from awsgrader import require_function, rounded_places, short_repr
    from awsgrader.facts import awslambda as prices

    cost = require_function(globals(), "lambda_monthly_cost", [
        "requests", "avg_duration_ms", "memory_mb", "architecture",
        "ephemeral_storage_mb", "include_free_tier"])

    mistakes = _COST_MISTAKES

    def parts(requests, avg_duration_ms, memory_mb, architecture="x86_64",
              ephemeral_storage_mb=512, include_free_tier=True):
        """The bill's three charges in exact arithmetic (an oracle independent of the float
        reference in `corr` and of the env's model of mistakes)."""
        billed_ms = math.ceil(Fraction(avg_duration_ms))
        billed_s = Fraction(requests) * billed_ms / 1000
        gb_s = billed_s * memory_mb / 1024
        free = include_free_tier
        billed_requests = requests - (prices.FREE_REQUESTS_PER_MONTH if free else 0)
        billed_gb_s = gb_s - (prices.FREE_GB_SECONDS_PER_MONTH if free else 0)
        billed_requests, billed_gb_s = max(0, billed_requests), max(0, billed_gb_s)
        request_price = Fraction(str(prices.REQUEST_PRICE_PER_MILLION)) / 1_000_000
        storage_gb_s = Fraction(ephemeral_storage_mb - 512, 1024) * billed_s
        charges = (billed_requests * request_price,
                   billed_gb_s * Fraction(str(prices.GB_SECOND_PRICE[architecture])),
                   storage_gb_s * Fraction(str(prices.EPHEMERAL_GB_SECOND_PRICE)))
        return charges, billed_ms, billed_gb_s

    def expect(*args, **kwargs):
        # When no property explains the learner's value, the message still breaks the
        # expected bill down into its three charges (a fact about the case, not a cause).
        (req, dur, sto), billed_ms, billed_gb_s = parts(*args, **kwargs)

        def breakdown(got):
            # check()'s hint: written out only for a message.
            return (f"Expected: each invocation bills {billed_ms} ms; requests "
                    f"${float(req):.10g} + duration ${float(dur):.10g} "
                    f"({float(billed_gb_s):,.10g} GB-s billed) + storage ${float(sto):.10g}")

        expected = float(req + dur + sto)
        # check() answers a rounded bill with its own rounding hint; here the message also
        # names the property (a first call, then the check itself). The texts of a message
        # are functions: a passing answer never pays for them.
        def label():
            return format_call("lambda_monthly_cost", args, kwargs)

        got = call(cost, args, kwargs, label=label, expected_text=lambda: short_repr(expected),
                   diagnose=mistakes, expected=expected)
        if rounded_places(got, expected) is not None:
            check_line, hint = mistakes(cost, args, kwargs, expected, got=got)
            fail(label, short_repr(expected), short_repr(got), hint,
                 difference(got, expected), check=check_line)
        check(cost, args, expected, kwargs, hint=breakdown, diagnose=mistakes)

    # Requests: $0.20 per million.
    expect(7_000_000, 1, 128, include_free_tier=False)
    # Millisecond rounding, per invocation, up.
    expect(2_000_000, 100.2, 1024)
    expect(5_000_000, 0.4, 128, include_free_tier=False)
    expect(4_000_000, 250, 2048, include_free_tier=False)
    expect(3_000_000, 20.7, 256, include_free_tier=False)
    # GB = MB / 1024.
    expect(1_000_000, 1000, 1000, include_free_tier=False)
    # Free-tier boundaries: charges never go below zero.
    expect(0, 100, 128)
    expect(1_000_000, 1000, 128)
    expect(1_000_001, 10, 128)
    expect(800_000, 1000, 512)
    expect(800_001, 1000, 512)
    expect(500_000, 2000, 1024)
    expect(200_000, 100, 128)
    # Ephemeral storage above 512 MB, never covered by the free tier.
    expect(1_000_000, 1000, 128, ephemeral_storage_mb=10_240)
    expect(2_000_000, 300, 512, ephemeral_storage_mb=1024, include_free_tier=False)
    expect(3_000_000, 120.5, 1536, architecture="arm64", ephemeral_storage_mb=2048)
    # AWS's worked example and its variants.
    expect(3_000_000, 1000, 512)
    expect(3_000_000, 1000, 512, include_free_tier=False)
    expect(3_000_000, 1000, 512, architecture="arm64")
    # Edges of the valid ranges.
    expect(10_000_000, 50, 128, include_free_tier=False)
    expect(20_000, 900_000, 10_240, include_free_tier=False,
           ephemeral_storage_mb=10_240, architecture="arm64")

    # Random cases against the exact oracle.
    rng = random.Random(20261126)
    for _ in range(150):
        kwargs = {
            "architecture": rng.choice(["x86_64", "arm64"]),
            "ephemeral_storage_mb": rng.choice([512, 512, rng.randint(512, 10_240)]),
            "include_free_tier": rng.random() < 0.5,
        }
        duration = rng.choice([rng.randint(1, 30_000), round(rng.uniform(0, 3_000), 1)])
        expect(rng.randint(0, 5_000_000), duration, rng.randint(128, 10_240), **kwargs)

    # Invalid input.
    bad = [
        ((1000, 100, 127), {}, "memory below 128 MB"),
        ((1000, 100, 10_241), {}, "memory above 10,240 MB"),
        ((1000, 100, 0), {}, "memory of 0 MB"),
        ((1000, 100, 512), {"ephemeral_storage_mb": 511}, "ephemeral storage below 512 MB"),
        ((1000, 100, 512), {"ephemeral_storage_mb": 10_241}, "ephemeral storage above 10,240 MB"),
        ((-1, 100, 512), {}, "a negative number of requests"),
        ((1000, -0.5, 512), {}, "a negative duration"),
        ((1000, 100, 512), {"architecture": "arm"}, "an unknown architecture"),
        ((1000, 100, 512), {"architecture": "ARM64"}, "an unknown architecture (names are "
                                                      "lowercase: 'x86_64' or 'arm64')"),
        ((1000, 100, 512), {"architecture": "x86"}, "an unknown architecture"),
    ]
    for args, kwargs, what in bad:
        check_raises(cost, args, kwargs, ValueError, why=f"{what} is invalid",
                     diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
