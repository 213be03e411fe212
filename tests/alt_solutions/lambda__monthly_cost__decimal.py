# Exact money arithmetic with Decimal, returning a Decimal.
from decimal import Decimal, ROUND_CEILING


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    prices = {"x86_64": Decimal("0.0000166667"), "arm64": Decimal("0.0000133334")}
    if architecture not in prices:
        raise ValueError("bad architecture")
    if memory_mb < 128 or memory_mb > 10240:
        raise ValueError("bad memory")
    if ephemeral_storage_mb < 512 or ephemeral_storage_mb > 10240:
        raise ValueError("bad storage")
    if requests < 0:
        raise ValueError("bad requests")
    if avg_duration_ms < 0:
        raise ValueError("bad duration")
    ms = Decimal(str(avg_duration_ms)).to_integral_value(rounding=ROUND_CEILING)
    seconds = Decimal(requests) * ms / 1000
    gb_s = seconds * Decimal(memory_mb) / 1024
    billable_requests = Decimal(requests)
    if include_free_tier:
        billable_requests = max(Decimal(0), billable_requests - 1000000)
        gb_s = max(Decimal(0), gb_s - 400000)
    total = billable_requests * Decimal("0.20") / 1000000 + gb_s * prices[architecture]
    total += Decimal(ephemeral_storage_mb - 512) / 1024 * seconds * Decimal("0.0000000309")
    return total
