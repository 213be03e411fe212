# Plausible mistake: only checks the architecture.
# Property: valid-size-only
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in VCPU_HOUR_PRICE:
        raise ValueError(f"architecture must be 'x86_64' or 'arm64', not {architecture!r}")

    billed_hours = max(hours, 1 / 60)          # each task is billed at least one minute
    vcpus = cpu / 1024
    gb = memory / 1024
    per_task_hour = (vcpus * VCPU_HOUR_PRICE[architecture]
                     + gb * GB_HOUR_PRICE[architecture]
                     + (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return per_task_hour * billed_hours * tasks
