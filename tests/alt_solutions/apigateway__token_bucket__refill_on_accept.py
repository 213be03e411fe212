# Correct, written another way: the clock only moves on served requests, the refill is
# computed from the last served request and capped when it is read (floats, other order).
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("invalid parameters")
    previous = float("-inf")
    for t in timestamps:
        if t < previous:
            raise ValueError("times out of order")
        previous = t
    answers = []
    left, since = float(burst), None
    for t in timestamps:
        available = left if since is None else min(burst, left + rate * (t - since))
        if available >= 1:
            left, since = available - 1, t
            answers.append(200)
        else:
            answers.append(429)
    return answers
