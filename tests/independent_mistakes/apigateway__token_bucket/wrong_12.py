# Mistake: the answers are strings ("200" / "429") instead of the ints 200 and 429 (the two `append` lines)
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst must not be negative")
    for i in range(len(timestamps) - 1):
        if timestamps[i + 1] < timestamps[i]:
            raise ValueError("timestamps must be in ascending order")
    tokens = float(burst)
    last = None
    statuses = []
    for t in timestamps:
        if last is not None:
            tokens = min(float(burst), tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            statuses.append("200")
        else:
            statuses.append("429")
    return statuses
