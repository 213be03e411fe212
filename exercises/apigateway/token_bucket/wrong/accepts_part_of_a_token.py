# Plausible mistake: accepts a request as soon as the bucket is not empty (a fraction of a token).
# Property: one-whole-token
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst cannot be negative")
    if any(b < a for a, b in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")

    statuses = []
    tokens = burst
    last = None
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens > 0:
            tokens = max(0, tokens - 1)
            statuses.append(200)
        else:
            statuses.append(429)
    return statuses
