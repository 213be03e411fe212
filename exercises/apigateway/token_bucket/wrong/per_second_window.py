# Plausible mistake: reads "rate requests per second" as a counter reset every whole second.
# Property: a-bucket-not-a-window
import math


def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError("rate must be positive")
    if burst < 0:
        raise ValueError("burst cannot be negative")
    if any(b < a for a, b in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")

    statuses = []
    served = {}
    for t in timestamps:
        second = math.floor(t)
        if served.get(second, 0) < rate:
            served[second] = served.get(second, 0) + 1
            statuses.append(200)
        else:
            statuses.append(429)
    return statuses
