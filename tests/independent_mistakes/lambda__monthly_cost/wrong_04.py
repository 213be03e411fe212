# Mistake: in Bill.__init__ the free tier is subtracted with no max(0, ...), so a month under the free allowance gives negative request and duration charges
import math


class Bill:
    FREE_REQUESTS = 1_000_000
    FREE_GB_SECONDS = 400_000

    def __init__(self, requests, billed_ms, memory_mb, free):
        self.seconds = requests * billed_ms / 1000
        self.requests = requests
        self.gb_seconds = self.seconds * memory_mb / 1024
        if free:
            self.requests -= self.FREE_REQUESTS
            self.gb_seconds -= self.FREE_GB_SECONDS

    def total(self, architecture, ephemeral_storage_mb):
        requests_part = self.requests / 1_000_000 * REQUEST_PRICE_PER_MILLION
        duration_part = self.gb_seconds * GB_SECOND_PRICE[architecture]
        storage_part = (ephemeral_storage_mb - 512) / 1024 * self.seconds * EPHEMERAL_GB_SECOND_PRICE
        return requests_part + duration_part + storage_part


def lambda_monthly_cost(requests, avg_duration_ms, memory_mb, architecture="x86_64",
                        ephemeral_storage_mb=512, include_free_tier=True):
    if memory_mb < 128 or memory_mb > 10240:
        raise ValueError("memory_mb out of range")
    if ephemeral_storage_mb < 512 or ephemeral_storage_mb > 10240:
        raise ValueError("ephemeral_storage_mb out of range")
    if requests < 0 or avg_duration_ms < 0:
        raise ValueError("negative requests or duration")
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    bill = Bill(requests, math.ceil(avg_duration_ms), memory_mb, include_free_tier)
    return bill.total(architecture, ephemeral_storage_mb)
