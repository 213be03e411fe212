# Plausible mistake: never raises ValueError for negative input.
# Property: negative-traffic-refused
import math


def required_concurrency(requests_per_second, avg_duration_ms):
    # Multiply before dividing: with whole numbers the product is exact.
    return math.ceil(requests_per_second * avg_duration_ms / 1000)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
