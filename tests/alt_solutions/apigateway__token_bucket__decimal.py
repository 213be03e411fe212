# Correct, written another way: Decimal of the printed values, and a class for the bucket.
from decimal import Decimal


class Bucket:
    def __init__(self, rate, burst):
        self.rate = Decimal(str(rate))
        self.burst = Decimal(burst)
        self.tokens = self.burst
        self.when = None

    def take(self, t):
        t = Decimal(str(t))
        if self.when is not None:
            self.tokens = min(self.burst, self.tokens + (t - self.when) * self.rate)
        self.when = t
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate")
    if burst < 0:
        raise ValueError("burst")
    for i in range(1, len(timestamps)):
        if timestamps[i] < timestamps[i - 1]:
            raise ValueError("order")
    bucket = Bucket(rate, burst)
    return [200 if bucket.take(t) else 429 for t in timestamps]
