# Decimal built from the floats themselves, in seconds per request, rounded with ROUND_CEILING.
from decimal import Decimal, ROUND_CEILING


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("inputs must not be negative")
    seconds = Decimal(avg_duration_ms) * Decimal("0.001")
    need = (Decimal(requests_per_second) * seconds).to_integral_value(rounding=ROUND_CEILING)
    return int(need)


def is_throttled(requests_per_second, avg_duration_ms, concurrency_limit=1_000):
    if concurrency_limit < 0:
        raise ValueError("concurrency_limit must not be negative")
    return concurrency_limit < required_concurrency(requests_per_second, avg_duration_ms)
