# Plausible mistake: the free GB-seconds come off whatever include_free_tier says (only the requests follow the flag).
# Property: no-free-tier-when-off
import math


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    if architecture not in GB_SECOND_PRICE:
        raise ValueError(f"architecture must be 'x86_64' or 'arm64', not {architecture!r}")
    if not 128 <= memory_mb <= 10_240:
        raise ValueError("memory_mb must be between 128 and 10,240")
    if not 512 <= ephemeral_storage_mb <= 10_240:
        raise ValueError("ephemeral_storage_mb must be between 512 and 10,240")
    if requests < 0 or avg_duration_ms < 0:
        raise ValueError("requests and avg_duration_ms cannot be negative")

    billed_seconds = requests * math.ceil(avg_duration_ms) / 1000
    billable_gb_seconds = max(0, billed_seconds * memory_mb / 1024 - 400_000)
    billable_requests = max(0, requests - 1_000_000) if include_free_tier else requests

    request_cost = billable_requests / 1_000_000 * REQUEST_PRICE_PER_MILLION
    duration_cost = billable_gb_seconds * GB_SECOND_PRICE[architecture]
    storage_cost = (ephemeral_storage_mb - 512) / 1024 * billed_seconds * EPHEMERAL_GB_SECOND_PRICE
    return request_cost + duration_cost + storage_cost
