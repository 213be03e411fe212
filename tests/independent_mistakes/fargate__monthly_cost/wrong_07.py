# Mistake: negative hours are not rejected: `max(hours, 1/60)` silently turns them into a one-minute bill instead of raising ValueError
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb < 20 or ephemeral_storage_gb > 200:
        raise ValueError("ephemeral storage out of range")
    if tasks < 1:
        raise ValueError("need at least one task")
    billed_hours = max(hours, 1 / 60)
    vcpu_part = cpu / 1024 * VCPU_HOUR_PRICE[architecture]
    gb_part = memory / 1024 * GB_HOUR_PRICE[architecture]
    storage_part = (ephemeral_storage_gb - 20) * EXTRA_STORAGE_GB_HOUR_PRICE
    return (vcpu_part + gb_part + storage_part) * billed_hours * tasks
