# Right: ceiling by negated floor division instead of math.ceil, int() for the type, the limit checked first
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("arguments must be zero or more")
    in_flight_ms = requests_per_second * avg_duration_ms
    return int(-(-in_flight_ms // 1000))


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("concurrency_limit must be zero or more")
    return not required_concurrency(requests_per_second, avg_duration_ms) <= concurrency_limit
