# Mistake: is_throttled compares the need with DEFAULT_CONCURRENCY_LIMIT instead of its concurrency_limit argument, so a lower (reserved) limit is ignored
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("negative argument")
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    need = required_concurrency(requests_per_second, avg_duration_ms)
    return need > DEFAULT_CONCURRENCY_LIMIT
