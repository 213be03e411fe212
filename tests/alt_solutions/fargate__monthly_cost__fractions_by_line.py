# Three bill lines in exact fractions, minutes minimum written with a condition.
from fractions import Fraction


class BillError(ValueError):
    pass


def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    if architecture != "x86_64" and architecture != "arm64":
        raise BillError(architecture)
    if not is_valid_fargate_size(cpu, memory):
        raise BillError((cpu, memory))
    if not (20 <= ephemeral_storage_gb <= 200) or hours < 0 or tasks < 1:
        raise BillError("out of range")
    billed = Fraction(hours)
    if billed < Fraction(1, 60):
        billed = Fraction(1, 60)
    task_hours = billed * tasks
    vcpu_line = Fraction(cpu, 1024) * task_hours * Fraction(str(VCPU_HOUR_PRICE[architecture]))
    memory_line = Fraction(memory, 1024) * task_hours * Fraction(str(GB_HOUR_PRICE[architecture]))
    storage_line = ((ephemeral_storage_gb - 20) * task_hours
                    * Fraction(str(EXTRA_STORAGE_GB_HOUR_PRICE)))
    return float(vcpu_line + memory_line + storage_line)
