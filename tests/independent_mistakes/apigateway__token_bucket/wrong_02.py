# Mistake: the refill is never capped at `burst` (`tokens += elapsed * rate` with no min), so idle time stores more tokens than the bucket holds
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst must not be negative")
    if timestamps != sorted(timestamps):
        raise ValueError("timestamps must be in ascending order")
    tokens = burst
    previous = None
    answers = []
    for t in timestamps:
        if previous is not None:
            elapsed = t - previous
            tokens += elapsed * rate
        previous = t
        if tokens >= 1:
            tokens -= 1
            answers.append(200)
        else:
            answers.append(429)
    return answers
