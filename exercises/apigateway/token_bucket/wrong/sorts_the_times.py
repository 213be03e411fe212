# Plausible mistake: sorts the times instead of rejecting them when they are out of order.
# Property: times-ascending
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst cannot be negative")

    statuses = []
    tokens = burst
    last = None
    for t in sorted(timestamps):
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            statuses.append(200)
        else:
            statuses.append(429)
    return statuses
