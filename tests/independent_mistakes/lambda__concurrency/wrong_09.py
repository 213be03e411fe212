# Mistake: required_concurrency rounds up with -(-x // 1), which keeps a float (50.0), so it returns a float instead of an int
def required_concurrency(requests_per_second, avg_duration_ms):
    if requests_per_second < 0 or avg_duration_ms < 0:
        raise ValueError("negative argument")
    environments = requests_per_second * avg_duration_ms / 1000
    return -(-environments // 1)


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("negative limit")
    return required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit
