# Mistake: the architecture is never validated; an unknown one such as "ARM64" or "i386" raises KeyError from the price lookup instead of ValueError
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    vcpu_price = VCPU_HOUR_PRICE[architecture]
    gb_price = GB_HOUR_PRICE[architecture]
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
    if ephemeral_storage_gb < INCLUDED_STORAGE_GB or ephemeral_storage_gb > MAX_STORAGE_GB:
        raise ValueError("ephemeral storage out of range")
    if hours < 0:
        raise ValueError("negative hours")
    if tasks < 1:
        raise ValueError("need at least one task")
    billed = max(hours, 1 / 60)
    rate = cpu / 1024 * vcpu_price + memory / 1024 * gb_price
    rate += (ephemeral_storage_gb - INCLUDED_STORAGE_GB) * EXTRA_STORAGE_GB_HOUR_PRICE
    return rate * billed * tasks
