# Rounds each task up to whole seconds (as AWS does) and computes in Decimal.
import math
from decimal import Decimal


def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if tasks < 1 or hours < 0:
        raise ValueError("bad tasks or hours")
    if architecture not in ("x86_64", "arm64"):
        raise ValueError("bad architecture")
    if ephemeral_storage_gb < 20 or ephemeral_storage_gb > 200:
        raise ValueError("bad storage")
    if not is_valid_fargate_size(cpu, memory):
        raise ValueError("bad size")
    seconds = max(math.ceil(hours * 3600), 60)
    rate = (Decimal(cpu) / 1024 * Decimal(str(VCPU_HOUR_PRICE[architecture]))
            + Decimal(memory) / 1024 * Decimal(str(GB_HOUR_PRICE[architecture]))
            + (ephemeral_storage_gb - INCLUDED_STORAGE_GB)
            * Decimal(str(EXTRA_STORAGE_GB_HOUR_PRICE)))
    return rate * seconds / 3600 * tasks
