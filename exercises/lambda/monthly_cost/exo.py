# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import awslambda as _prices

start_watchdog()

# us-east-1 prices, from the site's fact sheet (see the statement for their sources).
REQUEST_PRICE_PER_MILLION = _prices.REQUEST_PRICE_PER_MILLION
GB_SECOND_PRICE = dict(_prices.GB_SECOND_PRICE)
EPHEMERAL_GB_SECOND_PRICE = _prices.EPHEMERAL_GB_SECOND_PRICE
del _prices

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
got = lambda_monthly_cost(3_000_000, 1000, 512)
assert got is not None and round(float(got), 2) == 18.73, f"expected 18.73 (rounded), got {got!r}"
# The same without the free tier.
got = lambda_monthly_cost(3_000_000, 1000, 512, include_free_tier=False)
assert got is not None and round(float(got), 2) == 25.60, f"expected 25.60 (rounded), got {got!r}"
# On Graviton (arm64), duration costs 20% less.
got = lambda_monthly_cost(3_000_000, 1000, 512, architecture="arm64")
assert got is not None and round(float(got), 2) == 15.07, f"expected 15.07 (rounded), got {got!r}"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import math
    import random
    from fractions import Fraction
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts import awslambda as prices

    cost = require_function(globals(), "lambda_monthly_cost", [
        "requests", "avg_duration_ms", "memory_mb", "architecture",
        "ephemeral_storage_mb", "include_free_tier"])

    def parts(requests, avg_duration_ms, memory_mb, architecture="x86_64",
              ephemeral_storage_mb=512, include_free_tier=True, mistake=None):
        """The bill's three charges in exact arithmetic (an oracle independent of the float
        reference in `corr`), or the charges a known mistake gives when `mistake` names
        one: the hints name a mistake only after checking that it gives the learner's value.
        """
        ms = Fraction(avg_duration_ms)
        if mistake == "exact_ms":
            billed_ms = ms
        elif mistake == "100ms":
            billed_ms = math.ceil(ms / 100) * 100
        elif mistake == "nearest_ms":
            billed_ms = math.floor(ms + Fraction(1, 2))
        else:
            billed_ms = math.ceil(ms)
        billed_s = Fraction(requests) * billed_ms / 1000
        mb_per_gb = 1000 if mistake == "gb_1000" else 1024
        gb_s = billed_s * memory_mb / mb_per_gb
        free = include_free_tier != (mistake in ("no_free_tier", "free_tier_when_off"))
        billed_requests = requests - (prices.FREE_REQUESTS_PER_MONTH if free else 0)
        billed_gb_s = gb_s - (prices.FREE_GB_SECONDS_PER_MONTH if free else 0)
        billed_requests, billed_gb_s = max(0, billed_requests), max(0, billed_gb_s)
        request_price = Fraction(str(prices.REQUEST_PRICE_PER_MILLION)) / 1_000_000
        if mistake == "per_request":
            request_price *= 1_000_000
        arch_price = "x86_64" if mistake == "x86_for_arm" else architecture
        free_storage = 0 if mistake == "storage_from_zero" else 512
        storage_gb_s = Fraction(ephemeral_storage_mb - free_storage, 1024) * billed_s
        if mistake == "free_tier_storage" and free:
            storage_gb_s = max(0, storage_gb_s - prices.FREE_GB_SECONDS_PER_MONTH)
        charges = (billed_requests * request_price,
                   billed_gb_s * Fraction(str(prices.GB_SECOND_PRICE[arch_price])),
                   storage_gb_s * Fraction(str(prices.EPHEMERAL_GB_SECOND_PRICE)))
        return charges, billed_ms, billed_gb_s

    # Each known mistake, and what the hint says once the learner's value matches it.
    mistakes = {
        # Rounding only the month's total gives the same bill to within a millionth of a
        # cent, so one message covers both.
        "exact_ms": "your result is the bill for the exact average duration (or for the "
                    "month's total rounded once): round each invocation's duration UP to a "
                    "whole millisecond (math.ceil), then multiply by the requests.",
        "100ms": "your result is the bill in 100 ms steps, the rule before December 2020: "
                 "today each invocation is rounded up to the next whole millisecond.",
        "nearest_ms": "your result is the bill for a duration rounded to the NEAREST "
                      "millisecond: round each invocation UP (math.ceil).",
        "gb_1000": "your result counts 1 GB as 1000 MB: Lambda counts 1 GB as 1024 MB.",
        "per_request": "your result charges $0.20 per request: the price is per MILLION "
                       "requests.",
        "no_free_tier": "your result leaves out the free tier, but include_free_tier is "
                        "True here.",
        "free_tier_when_off": "your result applies the free tier, but include_free_tier is "
                              "False here.",
        "free_tier_storage": "your result takes the free tier off ephemeral storage too: "
                             "the free tier covers requests and duration only.",
        "storage_from_zero": "your result bills all the ephemeral storage: only the MB "
                             "above the free 512 MB are billed.",
        "x86_for_arm": "your result uses the x86_64 GB-second price: arm64 has its own, "
                       "GB_SECOND_PRICE['arm64'].",
    }

    def close(a, b):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)

    def diagnose(args, kwargs):
        """A hint that looks at the learner's value and names only what it checked."""
        (req, dur, sto), billed_ms, billed_gb_s = parts(*args, **kwargs)
        expected = float(req + dur + sto)
        breakdown = (f"expected: each invocation bills {billed_ms} ms; requests "
                     f"${float(req):.10g} + duration ${float(dur):.10g} "
                     f"({float(billed_gb_s):,.10g} GB-s billed) + storage ${float(sto):.10g}")

        def hint(got):
            try:
                got = float(got)
            except (TypeError, ValueError):
                return None
            if got < 0:
                return ("your result is negative: each charge is at least 0 (the free tier "
                        f"can bring a charge down to 0, never below) ({breakdown})")
            found = []
            for name, text in mistakes.items():
                value = float(sum(parts(*args, **kwargs, mistake=name)[0]))
                if not close(value, expected) and close(got, value):
                    found.append(text)
            if found:
                return f"{' Or: '.join(found)} ({breakdown})"
            for part, amount in (("request", req), ("duration", dur), ("storage", sto)):
                if amount and close(got, expected - float(amount)):
                    return f"your result is the bill without its {part} charge ({breakdown})"
                if amount and close(got, float(amount)):
                    return f"your result is the {part} charge alone ({breakdown})"
            return breakdown[0].upper() + breakdown[1:]

        return expected, hint

    def expect(*args, **kwargs):
        expected, hint = diagnose(args, kwargs)
        check(cost, args, expected, kwargs, hint=hint)

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
        check_raises(cost, args, kwargs, ValueError, hint=f"Raise ValueError for {what}.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
