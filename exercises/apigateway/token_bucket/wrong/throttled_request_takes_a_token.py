# Plausible mistake: every request takes a token, even a throttled one (the bucket goes negative).
# Property: throttled-takes-nothing
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
        statuses.append(200 if tokens >= 1 else 429)
        tokens -= 1
    return statuses
