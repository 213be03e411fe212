# Right: a validation helper named `check`, Decimal arithmetic, and the refill recomputed from the time the bucket was last at a known level
from decimal import Decimal


def check(timestamps, rate, burst):
    if not rate > 0:
        raise ValueError("rate must be > 0, got %r" % (rate,))
    if burst < 0:
        raise ValueError("burst must be >= 0, got %r" % (burst,))
    for i in range(1, len(timestamps)):
        if timestamps[i] < timestamps[i - 1]:
            raise ValueError("timestamps must be in ascending order")


def throttle(timestamps, rate, burst):
    check(timestamps, rate, burst)
    r = Decimal(str(rate))
    cap = Decimal(burst)
    level, since = cap, None       # tokens at time `since`
    answers = []
    for t in timestamps:
        now = Decimal(str(t))
        tokens = cap if since is None else min(cap, level + (now - since) * r)
        if tokens >= 1:
            tokens -= 1
            answers.append(200)
        else:
            answers.append(429)
        level, since = tokens, now
    return answers
