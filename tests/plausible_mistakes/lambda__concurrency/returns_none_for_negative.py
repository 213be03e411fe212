# Plausible mistake: returns None for a negative input instead of raising.
# Property: negative-traffic-refused
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        return None
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    need = required_concurrency(requests_per_second, avg_duration_ms)
    if need is None:
        return None
    return need > concurrency_limit
