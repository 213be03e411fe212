# Mistake: a refused request still takes a token (`tokens -= 1` runs for every request), so the bucket goes negative
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("rate must be > 0 and burst >= 0")
    if any(later < earlier for earlier, later in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")
    tokens = burst
    last = None
    codes = []
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        codes.append(200 if tokens >= 1 else 429)
        tokens -= 1
    return codes
