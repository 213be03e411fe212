# Mistake: rounding, each task's time is rounded UP to whole minutes (`ceil(hours * 60) / 60`) instead of billing the exact hours, so 90 seconds bill 2 minutes
import math


def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb < 20 or ephemeral_storage_gb > 200:
        raise ValueError("ephemeral storage out of range")
    if hours < 0:
        raise ValueError("negative hours")
    if tasks < 1:
        raise ValueError("need at least one task")
    minutes = max(math.ceil(hours * 60), 1)
    billed = minutes / 60
    rate = (cpu / 1024 * VCPU_HOUR_PRICE[architecture]
            + memory / 1024 * GB_HOUR_PRICE[architecture]
            + (ephemeral_storage_gb - 20) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return rate * billed * tasks
