# Right: a small class holding the bucket, with exact Fraction arithmetic
from fractions import Fraction


class Bucket:
    def __init__(self, rate, burst):
        self.rate = Fraction(rate)
        self.capacity = Fraction(burst)
        self.tokens = Fraction(burst)
        self.last = None

    def take(self, when):
        when = Fraction(when)
        if self.last is not None:
            self.tokens = min(self.capacity, self.tokens + (when - self.last) * self.rate)
        self.last = when
        if self.tokens >= 1:
            self.tokens -= 1
            return 200
        return 429


def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst must not be negative")
    if any(b < a for a, b in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")
    bucket = Bucket(rate, burst)
    return [bucket.take(t) for t in timestamps]
