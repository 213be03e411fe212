"""Amazon ECS facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"

# --- Pages: Amazon ECS (docs/ecs/index.md) ---
ECS_PRICING = "https://aws.amazon.com/ecs/pricing/"
ECS_TASK_CPU_MEMORY = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html"

SERVICE_CHARGE_USD = fact(
    "ecs.service_charge", 0,
    "no extra charge for ECS itself: you pay for the EC2 instances and EBS volumes, or the "
    "Fargate vCPU and memory, that your tasks use",
    source=ECS_PRICING, checked=CHECKED, status="unconfirmed",
    note="AWS's pricing page text was not read directly; quoted consistently by third parties.")
EC2_TASK_CPU_VCPU = fact(
    "ecs.ec2_task_cpu_vcpu", (0.25, 192), "0.25 vCPU to 192 vCPU per task on EC2",
    source=ECS_TASK_CPU_MEMORY, checked=CHECKED, status="confirmed",
    note="Read in the Chinese and Japanese copies of the page.")
