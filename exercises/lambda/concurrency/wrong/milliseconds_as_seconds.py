# Plausible mistake: multiplies by the duration in ms without converting to seconds.
# Property: duration-in-milliseconds
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("requests_per_second and avg_duration_ms cannot be negative")
    # Multiply before dividing: with whole numbers the product is exact.
    return math.ceil(requests_per_second * avg_duration_ms)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("concurrency_limit cannot be negative")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
