# Mistake: `hours == 0` is special-cased to return 0.0, but the statement says hours=0 is also billed the one-minute minimum
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
    if hours == 0:
        return 0.0
    billed = hours if hours >= 1 / 60 else 1 / 60
    rate = (cpu / 1024 * VCPU_HOUR_PRICE[architecture]
            + memory / 1024 * GB_HOUR_PRICE[architecture]
            + (ephemeral_storage_gb - 20) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return rate * billed * tasks
