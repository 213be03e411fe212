# Right: plain math.ceil, multiply before dividing, a shared check() helper for the inputs
import math


def check(*values):
    for value in values:
        if value < 0:
            raise ValueError(f"negative argument: {value}")


def required_concurrency(requests_per_second, avg_duration_ms):
    check(requests_per_second, avg_duration_ms)
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    check(concurrency_limit)
    need = required_concurrency(requests_per_second, avg_duration_ms)
    return need > concurrency_limit
