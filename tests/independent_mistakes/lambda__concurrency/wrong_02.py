# Mistake: required_concurrency rounds the duration up to whole seconds before multiplying (ceil(ms / 1000) x rate) instead of rounding up the product, so 100 req/s x 500 ms gives 100
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("negative argument")
    seconds = math.ceil(avg_duration_ms / 1000)
    return requests_per_second * seconds


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
