# Mistake: is_throttled uses >= instead of >, so a need exactly equal to the limit (2000 req/s x 500 ms = 1000) is reported as throttled
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("negative argument")
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    return required_concurrency(requests_per_second, avg_duration_ms) >= concurrency_limit
