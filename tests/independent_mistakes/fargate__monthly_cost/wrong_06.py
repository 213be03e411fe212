# Mistake: missing case, there is no check for `tasks < 1`, so tasks=0 (or a negative count) loops zero times and returns 0.0 instead of raising ValueError
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if not (INCLUDED_STORAGE_GB <= ephemeral_storage_gb <= MAX_STORAGE_GB):
        raise ValueError("ephemeral storage out of range")
    if hours < 0:
        raise ValueError("negative hours")
    total = 0.0
    for _ in range(tasks):
        billed = max(hours, 1 / 60)
        total += billed * (cpu / 1024 * VCPU_HOUR_PRICE[architecture]
                           + memory / 1024 * GB_HOUR_PRICE[architecture]
                           + (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return total
