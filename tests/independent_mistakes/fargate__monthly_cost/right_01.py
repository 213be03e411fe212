# Right: plain arithmetic, validation gathered in a helper named `check`
def check(cpu, memory, hours, tasks, architecture, ephemeral_storage_gb):
    if architecture not in ("x86_64", "arm64"):
        raise ValueError(f"unknown architecture {architecture!r}")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb < INCLUDED_STORAGE_GB or ephemeral_storage_gb > MAX_STORAGE_GB:
        raise ValueError("ephemeral storage must be 20 to 200 GB")
    if hours < 0:
        raise ValueError("hours cannot be negative")
    if tasks < 1:
        raise ValueError("at least one task is needed")


def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    check(cpu, memory, hours, tasks, architecture, ephemeral_storage_gb)
    vcpus = cpu / 1024
    gb = memory / 1024
    billed_hours = max(hours, 1 / 60)
    per_task_hour = (vcpus * VCPU_HOUR_PRICE[architecture]
                     + gb * GB_HOUR_PRICE[architecture]
                     + (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE)
    return per_task_hour * billed_hours * tasks
