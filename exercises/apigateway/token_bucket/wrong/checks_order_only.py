# Plausible mistake: checks the order of the times but not rate and burst.
# Property: rate-must-be-positive
def throttle(timestamps, rate, burst):
    if any(b < a for a, b in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")

    statuses = []
    tokens = burst
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
