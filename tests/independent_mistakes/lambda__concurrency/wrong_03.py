# Mistake: "rounding up" is done as int(x) + 1, which also adds one to results that are already whole (100 x 0.5 s gives 51, no traffic gives 1)
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("negative argument")
    exact = requests_per_second * avg_duration_ms / 1000
    return int(exact) + 1


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
