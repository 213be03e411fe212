# Plausible mistake: bills each request a whole number of seconds (math.ceil of the seconds), then multiplies by the rate.
# Property: round-the-product
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("requests_per_second and avg_duration_ms cannot be negative")
    seconds = math.ceil(avg_duration_ms / 1000)
    return math.ceil(requests_per_second * seconds)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("concurrency_limit cannot be negative")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
