# Mistake: storage() charges all of the configured ephemeral storage (ephemeral_storage_mb / 1024) and forgets to subtract the free 512 MB
from math import ceil


def validate(requests, avg_duration_ms, memory_mb, architecture, ephemeral_storage_mb):
    if not 128 <= memory_mb <= 10240:
        raise ValueError("memory_mb out of range")
    if not 512 <= ephemeral_storage_mb <= 10240:
        raise ValueError("ephemeral_storage_mb out of range")
    if min(requests, avg_duration_ms) < 0:
        raise ValueError("negative requests or duration")
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")


def storage(ephemeral_storage_mb, billed_seconds):
    return ephemeral_storage_mb / 1024 * billed_seconds * EPHEMERAL_GB_SECOND_PRICE


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    validate(requests, avg_duration_ms, memory_mb, architecture, ephemeral_storage_mb)
    billed_seconds = requests * ceil(avg_duration_ms) / 1000
    gb_seconds = billed_seconds * memory_mb / 1024
    paid_requests = requests
    if include_free_tier:
        paid_requests = max(0, paid_requests - 1_000_000)
        gb_seconds = max(0, gb_seconds - 400_000)
    total = paid_requests / 1_000_000 * REQUEST_PRICE_PER_MILLION
    total += gb_seconds * GB_SECOND_PRICE[architecture]
    total += storage(ephemeral_storage_mb, billed_seconds)
    return total
