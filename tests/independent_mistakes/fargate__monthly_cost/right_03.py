# Right: a small class with Fraction arithmetic, billed task-hours computed first
from fractions import Fraction
from math import *


class FargateBill:
    ONE_MINUTE = Fraction(1, 60)

    def __init__(self, cpu, memory, architecture, storage):
        if architecture != "x86_64" and architecture != "arm64":
            raise ValueError("unsupported architecture: " + repr(architecture))
        if not is_valid_fargate_size(cpu, memory):
            raise ValueError(f"{cpu} CPU units with {memory} MiB is not a Fargate task size")
        if storage < INCLUDED_STORAGE_GB or storage > MAX_STORAGE_GB:
            raise ValueError("storage must be between 20 and 200 GB")
        self.cpu = cpu
        self.memory = memory
        self.architecture = architecture
        self.storage = storage

    def hourly(self):
        arch = self.architecture
        return (Fraction(self.cpu, 1024) * Fraction(VCPU_HOUR_PRICE[arch])
                + Fraction(self.memory, 1024) * Fraction(GB_HOUR_PRICE[arch])
                + (self.storage - INCLUDED_STORAGE_GB) * Fraction(EXTRA_STORAGE_GB_HOUR_PRICE))

    def cost(self, hours, tasks):
        if hours < 0:
            raise ValueError("negative hours")
        if tasks < 1:
            raise ValueError("need at least one task")
        per_task = max(Fraction(hours), self.ONE_MINUTE)
        task_hours = per_task * tasks
        return float(task_hours * self.hourly())


def fargate_cost(cpu, memory, hours, tasks=1, architecture="x86_64", ephemeral_storage_gb=20):
    bill = FargateBill(cpu, memory, architecture, ephemeral_storage_gb)
    return bill.cost(hours, tasks)
