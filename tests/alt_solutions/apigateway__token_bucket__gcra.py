# Correct, written another way: the "generic cell rate algorithm" (GCRA), which tracks the
# theoretical arrival time instead of a token count, in floats.
def throttle(timestamps, rate, burst):
    if rate <= 0 or burst < 0:
        raise ValueError("bad rate or burst")
    for a, b in zip(timestamps, timestamps[1:]):
        if b < a:
            raise ValueError("out of order")
    interval = 1 / rate
    tolerance = (burst - 1) * interval
    result = []
    tat = None  # theoretical arrival time of the next request
    for t in timestamps:
        if tat is None:
            tat = t
        start = max(tat, t)
        if burst >= 1 and start - t <= tolerance:
            tat = start + interval
            result.append(200)
        else:
            result.append(429)
    return result
