# Plausible mistake: the bucket starts empty instead of full.
# Property: bucket-starts-full
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst cannot be negative")
    if any(b < a for a, b in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")

    statuses = []
    tokens = 0
    last = None
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            statuses.append(200)
        else:
            statuses.append(429)
    return statuses
