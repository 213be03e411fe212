# Mistake: unit slip, memory is converted to GB by dividing the MiB by 1000 instead of 1024 (the `gb = memory / 1000` line)
def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture not in VCPU_HOUR_PRICE:
        raise ValueError("architecture must be x86_64 or arm64")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("invalid task size")
    if not 20 <= ephemeral_storage_gb <= 200:
        raise ValueError("storage out of range")
    if hours < 0:
        raise ValueError("negative hours")
    if tasks < 1:
        raise ValueError("no tasks")
    vcpus = cpu / 1024
    gb = memory / 1000
    if hours < 1 / 60:
        hours = 1 / 60
    extra = ephemeral_storage_gb - INCLUDED_STORAGE_GB
    hourly = vcpus * VCPU_HOUR_PRICE[architecture] + gb * GB_HOUR_PRICE[architecture] + extra * EXTRA_STORAGE_GB_HOUR_PRICE
    return hourly * hours * tasks
