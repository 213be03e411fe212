# Right: named constants and one helper per charge, math.ceil for the billed ms, max(0, ...) for the free tier
import math

FREE_REQUESTS = 1_000_000
FREE_GB_SECONDS = 400_000
FREE_STORAGE_MB = 512


def _validate(requests, avg_duration_ms, memory_mb, architecture, ephemeral_storage_mb):
    if not 128 <= memory_mb <= 10_240:
        raise ValueError("memory_mb must be between 128 and 10,240")
    if not 512 <= ephemeral_storage_mb <= 10_240:
        raise ValueError("ephemeral_storage_mb must be between 512 and 10,240")
    if requests < 0 or avg_duration_ms < 0:
        raise ValueError("requests and avg_duration_ms must not be negative")
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("architecture must be 'x86_64' or 'arm64'")


def _request_charge(requests, free):
    billable = max(0, requests - FREE_REQUESTS) if free else requests
    return billable / 1_000_000 * REQUEST_PRICE_PER_MILLION


def _duration_charge(billed_seconds, memory_mb, architecture, free):
    gb_seconds = billed_seconds * memory_mb / 1024
    if free:
        gb_seconds = max(0, gb_seconds - FREE_GB_SECONDS)
    return gb_seconds * GB_SECOND_PRICE[architecture]


def _storage_charge(billed_seconds, ephemeral_storage_mb):
    extra_gb = (ephemeral_storage_mb - FREE_STORAGE_MB) / 1024
    return extra_gb * billed_seconds * EPHEMERAL_GB_SECOND_PRICE


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    _validate(requests, avg_duration_ms, memory_mb, architecture, ephemeral_storage_mb)
    billed_ms = math.ceil(avg_duration_ms)
    billed_seconds = requests * billed_ms / 1000
    return (_request_charge(requests, include_free_tier)
            + _duration_charge(billed_seconds, memory_mb, architecture, include_free_tier)
            + _storage_charge(billed_seconds, ephemeral_storage_mb))
