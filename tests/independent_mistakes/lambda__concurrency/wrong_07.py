# Mistake: is_throttled never checks concurrency_limit, so a negative limit returns True instead of raising ValueError (only the two arguments checked in required_concurrency are validated)
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("negative argument")
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
