# Mistake: the refill is rounded down to whole tokens (`int((t - last) * rate)`), so fractions of a token are lost instead of adding up
import math


def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("rate must be > 0 and burst >= 0")
    for a, b in zip(timestamps, timestamps[1:]):
        if b < a:
            raise ValueError("timestamps must be in ascending order")
    tokens = burst
    last = None
    result = []
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + int(math.floor((t - last) * rate)))
        last = t
        if tokens >= 1:
            tokens -= 1
            result.append(200)
        else:
            result.append(429)
    return result
