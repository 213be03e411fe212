# Converts to seconds first (another float order), then rounds up.
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    if min(requests_per_second, avg_duration_ms) < 0:
        raise ValueError("negative input")
    seconds = avg_duration_ms / 1000
    return math.ceil(requests_per_second * seconds)


def is_throttled(requests_per_second, avg_duration_ms, concurrency_limit=1000):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    need = required_concurrency(requests_per_second, avg_duration_ms)
    return not need <= concurrency_limit
