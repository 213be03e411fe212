# Mistake: unit slip in required_concurrency: the milliseconds are divided by 1024 instead of 1000 (100 req/s x 500 ms gives 49, not 50)
import math

MS_PER_SECOND = 1024


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("negative argument")
    return math.ceil(requests_per_second * avg_duration_ms / MS_PER_SECOND)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
