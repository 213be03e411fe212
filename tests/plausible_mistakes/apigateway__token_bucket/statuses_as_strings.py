# Plausible mistake: answers '200' and '429' as strings.
# Property: answers-are-ints
def throttle(timestamps, rate, burst):
    if rate <= 0:
        raise ValueError(f"rate must be positive, not {rate!r}")
    if burst < 0:
        raise ValueError(f"burst cannot be negative, not {burst!r}")
    if any(later < earlier for earlier, later in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be in ascending order")

    statuses = []
    tokens = burst          # the bucket starts full
    last = None
    for t in timestamps:
        if last is not None:
            tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            statuses.append('200')
        else:
            statuses.append('429')
    return statuses
