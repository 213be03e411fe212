# Mistake: boundary, the storage upper check uses `>=` MAX_STORAGE_GB, so the allowed maximum of 200 GB is rejected with ValueError
def _validate(cpu, memory, hours, tasks, architecture, storage):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("unknown architecture")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if storage < INCLUDED_STORAGE_GB or storage >= MAX_STORAGE_GB:
        raise ValueError("ephemeral storage out of range")
    if hours < 0:
        raise ValueError("negative hours")
    if tasks < 1:
        raise ValueError("need at least one task")


def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    _validate(cpu, memory, hours, tasks, architecture, ephemeral_storage_gb)
    billed = max(hours, 1 / 60)
    per_task_hour = (cpu / 1024 * VCPU_HOUR_PRICE[architecture]
                     + memory / 1024 * GB_HOUR_PRICE[architecture]
                     + (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return per_task_hour * billed * tasks
