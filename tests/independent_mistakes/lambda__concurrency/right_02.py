# Right: exact Decimal arithmetic (through str) with ROUND_CEILING, and a small Estimate class
from decimal import Decimal, ROUND_CEILING


class Estimate:
    def __init__(self, requests_per_second, avg_duration_ms):
        if min(requests_per_second, avg_duration_ms) < 0:
            raise ValueError("requests per second and duration must not be negative")
        self.rate = Decimal(str(requests_per_second))
        self.seconds = Decimal(str(avg_duration_ms)) / Decimal(1000)

    def environments(self):
        need = (self.rate * self.seconds).to_integral_value(rounding=ROUND_CEILING)
        return int(need)


def required_concurrency(requests_per_second, avg_duration_ms):
    return Estimate(requests_per_second, avg_duration_ms).environments()


def is_throttled(requests_per_second, avg_duration_ms,
                 concurrency_limit=DEFAULT_CONCURRENCY_LIMIT):
    if concurrency_limit < 0:
        raise ValueError("the concurrency limit must not be negative")
    return bool(required_concurrency(requests_per_second, avg_duration_ms) > concurrency_limit)
