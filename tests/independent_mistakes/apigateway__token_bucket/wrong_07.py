# Mistake: a burst of 0 is rejected (`burst <= 0` in the check) although only a negative burst is an error; a bucket of 0 should answer 429 to everything
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst <= 0:
        raise ValueError("burst must be positive")
    if sorted(timestamps) != list(timestamps):
        raise ValueError("timestamps must be in ascending order")
    tokens = burst
    last = None
    replies = []
    for now in timestamps:
        if last is not None:
            tokens = min(burst, tokens + rate * (now - last))
        last = now
        if tokens >= 1:
            replies.append(200)
            tokens -= 1
        else:
            replies.append(429)
    return replies
