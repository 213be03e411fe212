# Mistake: the inputs are validated with assert, so a negative argument raises AssertionError instead of ValueError
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    assert requests_per_second >= 0, "requests_per_second must not be negative"
    assert avg_duration_ms >= 0, "avg_duration_ms must not be negative"
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    assert concurrency_limit >= 0, "concurrency_limit must not be negative"
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
