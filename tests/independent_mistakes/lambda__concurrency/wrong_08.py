# Mistake: the input check uses <= 0 instead of < 0, so zero traffic (or a 0 ms duration) raises ValueError instead of giving 0
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second <= 0 or avg_duration_ms <= 0:
        raise ValueError("arguments must be positive")
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
