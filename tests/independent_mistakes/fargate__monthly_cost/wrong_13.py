# Mistake: wrong key, the memory price is always read as GB_HOUR_PRICE["x86_64"] (hard-coded) so arm64 tasks pay the x86 memory rate
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
    vcpu_cost = cpu / 1024 * VCPU_HOUR_PRICE[architecture]
    mem_cost = memory / 1024 * GB_HOUR_PRICE["x86_64"]
    storage_cost = (ephemeral_storage_gb - 20) * EXTRA_STORAGE_GB_HOUR_PRICE
    return (vcpu_cost + mem_cost + storage_cost) * billed * tasks
