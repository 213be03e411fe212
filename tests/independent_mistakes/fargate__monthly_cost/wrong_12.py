# Mistake: only the upper storage limit is checked (`> MAX_STORAGE_GB`); storage below 20 GB is accepted and gives a negative storage charge instead of raising ValueError
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb > MAX_STORAGE_GB:
        raise ValueError("at most 200 GB of ephemeral storage")
    if hours < 0:
        raise ValueError("negative hours")
    if tasks < 1:
        raise ValueError("need at least one task")
    prices = {
        "cpu": cpu / 1024 * VCPU_HOUR_PRICE[architecture],
        "memory": memory / 1024 * GB_HOUR_PRICE[architecture],
        "storage": (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE,
    }
    return sum(prices.values()) * max(hours, 1 / 60) * tasks
