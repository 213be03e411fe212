# Mistake: the one-minute minimum is applied to the whole fleet (hours × tasks) instead of to each task, in the `billed` line, so ten 15-second tasks bill one minute instead of ten
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("bad architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb < 20 or ephemeral_storage_gb > 200:
        raise ValueError("bad storage")
    if hours < 0 or tasks < 1:
        raise ValueError("bad hours or tasks")
    per_hour = (cpu / 1024 * VCPU_HOUR_PRICE[architecture]
                + memory / 1024 * GB_HOUR_PRICE[architecture]
                + (ephemeral_storage_gb - 20) * EXTRA_STORAGE_GB_HOUR_PRICE)
    billed = max(hours * tasks, 1 / 60)
    return per_hour * billed
