# Cost of one invocation first, then times the number of requests; free tier as a discount.
import math


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    if architecture not in ("x86_64", "arm64") or not (128 <= memory_mb <= 10240) \
            or not (512 <= ephemeral_storage_mb <= 10240) or min(requests, avg_duration_ms) < 0:
        raise ValueError("invalid input")
    rate = GB_SECOND_PRICE[architecture]
    gb = memory_mb / 1024
    one_second = math.ceil(avg_duration_ms) / 1000
    duration = requests * (one_second * gb) * rate
    request_charge = requests * (REQUEST_PRICE_PER_MILLION / 1e6)
    if include_free_tier:
        duration -= min(400_000, requests * one_second * gb) * rate
        request_charge -= min(1_000_000, requests) * (REQUEST_PRICE_PER_MILLION / 1e6)
    storage = requests * one_second * (ephemeral_storage_mb - 512) / 1024 * EPHEMERAL_GB_SECOND_PRICE
    return storage + duration + request_charge
