# Mistake: an invalid task size makes the function `return None` (first `if`) instead of raising ValueError
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if not is_valid_fargate_size(cpu, memory):
        print(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
        return None
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if ephemeral_storage_gb < 20 or ephemeral_storage_gb > 200:
        raise ValueError("ephemeral storage out of range")
    if hours < 0 or tasks < 1:
        raise ValueError("invalid hours or tasks")
    billed = max(hours, 1 / 60)
    per_task_hour = (cpu / 1024 * VCPU_HOUR_PRICE[architecture]
                     + memory / 1024 * GB_HOUR_PRICE[architecture]
                     + (ephemeral_storage_gb - 20) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return per_task_hour * billed * tasks
