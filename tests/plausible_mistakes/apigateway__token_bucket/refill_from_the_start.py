# Plausible mistake: measures the refill from the time of the first request, at every
# request, instead of from the previous one.
# Property: refill-since-the-last-request
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("rate must be > 0 and burst >= 0")
    for earlier, later in zip(timestamps, timestamps[1:]):
        if later < earlier:
            raise ValueError("timestamps must be in ascending order")
    statuses = []
    tokens = burst
    for t in timestamps:
        tokens = min(burst, tokens + (t - timestamps[0]) * rate)
        if tokens >= 1:
            tokens -= 1
            statuses.append(200)
        else:
            statuses.append(429)
    return statuses
