# Correct, written another way: exact arithmetic with Fraction, tokens computed lazily.
from fractions import Fraction


def _check(timestamps, rate, burst):
    if not rate > 0:
        raise ValueError("rate must be > 0")
    if burst < 0:
        raise ValueError("burst must be >= 0")
    if list(timestamps) != sorted(timestamps):
        raise ValueError("unsorted")


def throttle(timestamps, rate, burst):
    _check(timestamps, rate, burst)
    rate = Fraction(rate)
    level = Fraction(burst)
    updated = timestamps[0] if timestamps else 0
    out = []
    for t in timestamps:
        level = min(Fraction(burst), level + (Fraction(t) - Fraction(updated)) * rate)
        updated = t
        ok = level >= 1
        level -= 1 if ok else 0
        out.append(200 if ok else 429)
    return out
