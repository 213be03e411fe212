# Plausible mistake: checks rate and burst inside the loop, with each request, so with no
# requests an invalid rate or burst is never seen.
# Property: checked-without-requests
def throttle(timestamps, rate, burst):
    statuses = []
    tokens = burst
    last = None
    for t in timestamps:
        if rate <= 0 or burst < 0:
            raise ValueError("invalid rate or burst")
        if last is not None:
            if t < last:
                raise ValueError("timestamps must be in ascending order")
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            statuses.append(200)
        else:
            statuses.append(429)
    return statuses
