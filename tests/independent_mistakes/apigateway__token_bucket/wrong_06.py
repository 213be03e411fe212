# Mistake: the order check uses `<=`, so requests at the same instant raise ValueError although equal times are in order
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("rate must be > 0 and burst >= 0")
    for a, b in zip(timestamps, timestamps[1:]):
        if b <= a:
            raise ValueError("timestamps must be in ascending order")
    tokens, last, out = burst, None, []
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            out.append(200)
        else:
            out.append(429)
    return out
