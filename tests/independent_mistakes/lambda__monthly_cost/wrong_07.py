# Mistake: the LIMITS check treats the upper bound as exclusive, like range() (low <= value < high), so the allowed maximum of 10,240 MB (memory or storage) raises ValueError
import math

LIMITS = {"memory_mb": (128, 10240), "ephemeral_storage_mb": (512, 10240)}


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    values = {"memory_mb": memory_mb, "ephemeral_storage_mb": ephemeral_storage_mb}
    bad = [name for name, (low, high) in LIMITS.items() if not low <= values[name] < high]
    if bad:
        raise ValueError("out of range: " + ", ".join(bad))
    if requests < 0 or avg_duration_ms < 0:
        raise ValueError("negative requests or duration")
    if architecture not in GB_SECOND_PRICE:
        raise ValueError("unknown architecture")

    billed_seconds = requests * math.ceil(avg_duration_ms) / 1000
    gb_seconds = billed_seconds * memory_mb / 1024
    if include_free_tier:
        requests = max(0, requests - 1_000_000)
        gb_seconds = max(0, gb_seconds - 400_000)
    charges = [
        requests / 1_000_000 * REQUEST_PRICE_PER_MILLION,
        gb_seconds * GB_SECOND_PRICE[architecture],
        (ephemeral_storage_mb - 512) / 1024 * billed_seconds * EPHEMERAL_GB_SECOND_PRICE,
    ]
    return sum(charges)
