# Mistake: the refill is computed from the time of the first request instead of the previous one (`t - start`), so the same idle time is counted again at every request
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("rate must be > 0 and burst >= 0")
    for a, b in zip(timestamps, timestamps[1:]):
        if b < a:
            raise ValueError("timestamps must be in ascending order")
    if not timestamps:
        return []
    start = timestamps[0]
    tokens = burst
    out = []
    for t in timestamps:
        tokens = min(burst, tokens + (t - start) * rate)
        if tokens >= 1:
            tokens -= 1
            out.append(200)
        else:
            out.append(429)
    return out
