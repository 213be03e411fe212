# Mistake: the bucket starts empty (`tokens = 0`) instead of full
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("rate must be > 0 and burst >= 0")
    for a, b in zip(timestamps, timestamps[1:]):
        if b < a:
            raise ValueError("timestamps must be in ascending order")
    tokens = 0
    last = timestamps[0] if timestamps else 0
    out = []
    for t in timestamps:
        tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            out.append(200)
        else:
            out.append(429)
    return out
