# Exact arithmetic with Fraction and integer ceiling division; validates everything first.
from fractions import Fraction


def _check(*values):
    if any(v < 0 for v in values):
        raise ValueError(f"negative input in {values}")


def required_concurrency(requests_per_second, avg_duration_ms):
    _check(requests_per_second, avg_duration_ms)
    exact = Fraction(str(requests_per_second)) * Fraction(str(avg_duration_ms)) / 1000
    return -(-exact.numerator // exact.denominator)


def is_throttled(requests_per_second, avg_duration_ms, concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    _check(requests_per_second, avg_duration_ms, concurrency_limit)
    return bool(required_concurrency(requests_per_second, avg_duration_ms) - concurrency_limit > 0)
