# Mistake: rounds the result to cents with `round(..., 2)` in the return, although the statement asks for the exact, unrounded amount
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb < 20 or ephemeral_storage_gb > 200:
        raise ValueError("ephemeral storage out of range")
    if hours < 0 or tasks < 1:
        raise ValueError("invalid hours or tasks")
    billed = max(hours, 1 / 60)
    per_task_hour = (cpu / 1024 * VCPU_HOUR_PRICE[architecture]
                     + memory / 1024 * GB_HOUR_PRICE[architecture]
                     + (ephemeral_storage_gb - 20) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return round(per_task_hour * billed * tasks, 2)
