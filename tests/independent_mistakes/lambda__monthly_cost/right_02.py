# Right: Decimal arithmetic on str() of every number, a check() validator, a float only at the end
from decimal import Decimal, ROUND_CEILING

LIMITS = {"memory_mb": (128, 10240), "ephemeral_storage_mb": (512, 10240)}


def check(name, value):
    low, high = LIMITS[name]
    if value < low or value > high:
        raise ValueError(f"{name}={value} is outside {low}-{high}")


def D(x):
    return Decimal(str(x))


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    check("memory_mb", memory_mb)
    check("ephemeral_storage_mb", ephemeral_storage_mb)
    if requests < 0:
        raise ValueError("requests must not be negative")
    if avg_duration_ms < 0:
        raise ValueError("avg_duration_ms must not be negative")
    if architecture != "x86_64" and architecture != "arm64":
        raise ValueError("unknown architecture %r" % (architecture,))

    billed_ms = D(avg_duration_ms).to_integral_value(rounding=ROUND_CEILING)
    billed_seconds = D(requests) * billed_ms / 1000
    gb_seconds = billed_seconds * D(memory_mb) / 1024
    billable_requests = D(requests)
    if include_free_tier:
        billable_requests = max(Decimal(0), billable_requests - 1000000)
        gb_seconds = max(Decimal(0), gb_seconds - 400000)

    request_part = billable_requests / 1000000 * D(REQUEST_PRICE_PER_MILLION)
    duration_part = gb_seconds * D(GB_SECOND_PRICE[architecture])
    storage_part = (D(ephemeral_storage_mb) - 512) / 1024 * billed_seconds * D(EPHEMERAL_GB_SECOND_PRICE)
    return float(request_part + duration_part + storage_part)
