# Mistake: a request is accepted only with more than one token (`tokens > 1` instead of `>= 1`), so exactly one token is refused
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst must not be negative")
    for i in range(1, len(timestamps)):
        if timestamps[i] < timestamps[i - 1]:
            raise ValueError("timestamps must be in ascending order")
    tokens = burst
    last = timestamps[0] if timestamps else 0
    answers = []
    for t in timestamps:
        tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens > 1:
            tokens -= 1
            answers.append(200)
        else:
            answers.append(429)
    return answers
