# Mistake: the rate check is `rate < 0`, so a rate of 0 is accepted instead of raising ValueError
def throttle(timestamps, rate, burst):
    if rate < 0:
        raise ValueError("rate must not be negative")
    if burst < 0:
        raise ValueError("burst must not be negative")
    if any(timestamps[i] < timestamps[i - 1] for i in range(1, len(timestamps))):
        raise ValueError("timestamps must be in ascending order")
    tokens = burst
    last = None
    answers = []
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            answers.append(200)
        else:
            answers.append(429)
    return answers
