# Plausible mistake: checks the storage with range(20, 200), which leaves 200 out.
# Property: storage-200-is-valid
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in VCPU_HOUR_PRICE:
        raise ValueError(f"architecture must be 'x86_64' or 'arm64', not {architecture!r}")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb not in range(INCLUDED_STORAGE_GB, MAX_STORAGE_GB):
        raise ValueError("ephemeral_storage_gb must be between 20 and 200")
    if hours < 0:
        raise ValueError("hours cannot be negative")
    if tasks < 1:
        raise ValueError("tasks must be at least 1")

    billed_hours = max(hours, 1 / 60)          # each task is billed at least one minute
    vcpus = cpu / 1024
    gb = memory / 1024
    per_task_hour = (vcpus * VCPU_HOUR_PRICE[architecture]
                     + gb * GB_HOUR_PRICE[architecture]
                     + (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return per_task_hour * billed_hours * tasks
