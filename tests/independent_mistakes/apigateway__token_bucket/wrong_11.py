# Mistake: the rate and burst are checked inside the loop, so with no requests a bad rate or burst returns [] instead of raising ValueError
def throttle(timestamps, rate, burst):
    tokens = burst
    last = None
    answers = []
    for t in timestamps:
        if rate <= 0 or burst < 0:
            raise ValueError("rate must be > 0 and burst >= 0")
        if last is not None:
            if t < last:
                raise ValueError("timestamps must be in ascending order")
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            answers.append(200)
        else:
            answers.append(429)
    return answers
