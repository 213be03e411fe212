# Mistake: the GB-seconds free allowance is subtracted outside the include_free_tier block, so it is taken off even when include_free_tier is False
import math


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    if not 128 <= memory_mb <= 10240:
        raise ValueError("memory_mb out of range")
    if not 512 <= ephemeral_storage_mb <= 10240:
        raise ValueError("ephemeral_storage_mb out of range")
    if requests < 0 or avg_duration_ms < 0:
        raise ValueError("negative requests or duration")
    if architecture not in GB_SECOND_PRICE:
        raise ValueError("unknown architecture")

    billed_ms = math.ceil(avg_duration_ms)
    billed_seconds = requests * billed_ms / 1000
    gb_seconds = billed_seconds * memory_mb / 1024
    billable_requests = requests
    if include_free_tier:
        billable_requests = max(0, requests - 1_000_000)
    gb_seconds = max(0, gb_seconds - 400_000)

    request_cost = billable_requests / 1_000_000 * REQUEST_PRICE_PER_MILLION
    duration_cost = gb_seconds * GB_SECOND_PRICE[architecture]
    storage_cost = (ephemeral_storage_mb - 512) / 1024 * billed_seconds * EPHEMERAL_GB_SECOND_PRICE
    return request_cost + duration_cost + storage_cost
