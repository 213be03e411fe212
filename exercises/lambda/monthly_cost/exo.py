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
    import random
    from fractions import Fraction
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts import awslambda as prices

    cost = require_function(globals(), "lambda_monthly_cost", [
        "requests", "avg_duration_ms", "memory_mb", "architecture",
        "ephemeral_storage_mb", "include_free_tier"])

    def exact(requests, avg_duration_ms, memory_mb, architecture="x86_64",
              ephemeral_storage_mb=512, include_free_tier=True):
        # An independent oracle in exact arithmetic (the float reference is in `corr`);
        # returns the bill and a breakdown that the failure message shows.
        billed_ms = -(-Fraction(avg_duration_ms) // 1)
        billed_s = Fraction(requests) * billed_ms / 1000
        gb_s = billed_s * memory_mb / 1024
        free_requests = prices.FREE_REQUESTS_PER_MONTH if include_free_tier else 0
        free_gb_s = prices.FREE_GB_SECONDS_PER_MONTH if include_free_tier else 0
        billed_gb_s = max(0, gb_s - free_gb_s)
        request_cost = (max(0, requests - free_requests) / Fraction(1_000_000)
                        * Fraction(str(prices.REQUEST_PRICE_PER_MILLION)))
        duration_cost = billed_gb_s * Fraction(str(prices.GB_SECOND_PRICE[architecture]))
        storage_cost = (Fraction(ephemeral_storage_mb - 512, 1024) * billed_s
                        * Fraction(str(prices.EPHEMERAL_GB_SECOND_PRICE)))
        breakdown = (f"each invocation bills {billed_ms} ms; requests ${float(request_cost):.10g}"
                     f" + duration ${float(duration_cost):.10g} ({float(billed_gb_s):,.10g} GB-s "
                     f"billed) + storage ${float(storage_cost):.10g}")
        return float(request_cost + duration_cost + storage_cost), breakdown

    def expect(*args, hint=None, **kwargs):
        expected, breakdown = exact(*args, **kwargs)
        check(cost, args, expected, kwargs, hint=f"{hint} ({breakdown})" if hint else breakdown)

    # Requests: $0.20 per million.
    expect(7_000_000, 1, 128, include_free_tier=False,
           hint="Requests cost $0.20 per million: 7,000,000 requests cost $1.40.")
    # Millisecond rounding, per invocation, up.
    expect(2_000_000, 100.2, 1024, hint="Each invocation is billed in whole ms, rounded up: "
           "100.2 ms bills 101 ms (the 100 ms steps ended in December 2020).")
    expect(5_000_000, 0.4, 128, include_free_tier=False,
           hint="0.4 ms bills 1 ms: duration is rounded up to the next whole millisecond.")
    expect(4_000_000, 250, 2048, include_free_tier=False,
           hint="A whole number of ms is billed as it is; 1 GB = 1024 MB.")
    # GB = MB / 1024.
    expect(1_000_000, 1000, 1000, include_free_tier=False,
           hint="Lambda counts 1 GB as 1024 MB: 1000 MB is 0.9765625 GB.")
    # Free-tier boundaries: charges never go below zero.
    expect(0, 100, 128, hint="No requests, no charge.")
    expect(1_000_000, 1000, 128, hint="1,000,000 requests and 125,000 GB-s are inside "
           "the free tier: the bill is 0, never negative.")
    expect(1_000_001, 10, 128, hint="Only the requests above 1,000,000 are billed.")
    expect(800_000, 1000, 512, hint="800,000 s at 0.5 GB is exactly 400,000 GB-s: free.")
    expect(800_001, 1000, 512, hint="One second at 0.5 GB above the free 400,000 GB-s is "
           "billed; the requests are still free.")
    expect(500_000, 2000, 1024, hint="1,000,000 GB-s minus the free 400,000 GB-s; "
           "the 500,000 requests are free.")
    # Ephemeral storage above 512 MB, never covered by the free tier.
    expect(1_000_000, 1000, 128, ephemeral_storage_mb=10_240,
           hint="The free tier covers requests and duration, not ephemeral storage: "
                "(10240 - 512) / 1024 GB x billed seconds x the storage price.")
    expect(2_000_000, 300, 512, ephemeral_storage_mb=1024, include_free_tier=False,
           hint="Only the storage above the free 512 MB is billed.")
    expect(3_000_000, 120.5, 1536, architecture="arm64", ephemeral_storage_mb=2048,
           hint="Storage is billed on the rounded-up duration, like the memory.")
    # AWS's worked example and its variants.
    expect(3_000_000, 1000, 512, hint="AWS's example: $18.33 of duration + $0.40 of requests.")
    expect(3_000_000, 1000, 512, include_free_tier=False,
           hint="Without the free tier every request and GB-second is billed.")
    expect(3_000_000, 1000, 512, architecture="arm64",
           hint="arm64 uses its own GB-second price: GB_SECOND_PRICE['arm64'].")
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
