# Mistake: the cap is applied before the refill is added (`min(tokens, burst) + refill`), so the bucket can hold more than `burst` after an idle time
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("invalid rate or burst")
    last = None
    tokens = float(burst)
    result = []
    for t in timestamps:
        if last is not None:
            if t < last:
                raise ValueError("timestamps must be in ascending order")
            refill = (t - last) * rate
            tokens = min(tokens, burst) + refill
        last = t
        if tokens >= 1:
            tokens -= 1
            result.append(200)
        else:
            result.append(429)
    return result
