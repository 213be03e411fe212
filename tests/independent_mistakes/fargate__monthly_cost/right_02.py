# Right: Decimal arithmetic on the prices, converted back to float at the end
from decimal import Decimal

ARCHITECTURES = {"x86_64", "arm64"}


def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ARCHITECTURES:
        raise ValueError("architecture must be x86_64 or arm64")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if not INCLUDED_STORAGE_GB <= ephemeral_storage_gb <= MAX_STORAGE_GB:
        raise ValueError("ephemeral_storage_gb out of range")
    if hours < 0 or tasks < 1:
        raise ValueError("bad hours or tasks")

    d = lambda x: Decimal(str(x))
    vcpus = Decimal(cpu) / 1024
    gb = Decimal(memory) / 1024
    billed = Decimal(1) / Decimal(60) if hours < 1 / 60 else d(hours)
    rate = (vcpus * d(VCPU_HOUR_PRICE[architecture])
            + gb * d(GB_HOUR_PRICE[architecture])
            + (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * d(EXTRA_STORAGE_GB_HOUR_PRICE))
    return float(rate * billed * tasks)
