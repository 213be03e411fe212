# Mistake: the extra-storage charge is added once for the whole service after multiplying by `tasks`, instead of once per task (the `return` line)
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb < INCLUDED_STORAGE_GB or ephemeral_storage_gb > MAX_STORAGE_GB:
        raise ValueError("ephemeral storage out of range")
    if hours < 0 or tasks < 1:
        raise ValueError("invalid hours or tasks")
    billed = max(hours, 1 / 60)
    compute = (cpu / 1024) * VCPU_HOUR_PRICE[architecture] + (memory / 1024) * GB_HOUR_PRICE[architecture]
    storage = (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE
    return compute * billed * tasks + storage * billed
