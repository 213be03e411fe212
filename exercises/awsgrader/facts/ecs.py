"""Amazon ECS facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"
RECHECKED = "2026-11-30"

# --- Pages: Amazon ECS (docs/ecs/index.md) ---
ECS_PRICING = "https://aws.amazon.com/ecs/pricing/"
ECS_TASK_CPU_MEMORY = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html"
REGISTER_TASK_DEFINITION = (
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html")

SERVICE_CHARGE_USD = fact(
    "ecs.service_charge", 0,
    "no extra charge for ECS itself with the EC2 and Fargate launch types: you pay for the "
    "EC2 instances and EBS volumes, or the Fargate vCPU and memory, that your tasks use",
    source=ECS_PRICING, checked=RECHECKED, status="unconfirmed",
    note="Only for the EC2 and Fargate launch types: ECS Anywhere and ECS Managed Instances "
         "have charges of their own (ecs.anywhere_charge, ecs.managed_instances_charge). "
         "AWS's pricing page was not read as text; consistent third-party copies.")
EC2_TASK_CPU_VCPU = fact(
    "ecs.ec2_task_cpu_vcpu", 192, "up to 192 vCPU",
    source=REGISTER_TASK_DEFINITION, checked=RECHECKED, status="confirmed",
    note="Task-level CPU on EC2 (optional there). AWS's two pages disagree on the lowest "
         "value: the RegisterTaskDefinition API reference gives 128 CPU units (0.125 vCPU) "
         "to 196,608 units (192 vCPU); the developer guide's troubleshooting page \"Troubleshoot "
         "Amazon ECS task definition invalid CPU or memory errors\" says 0.25 vCPU to 192 vCPU. "
         "Only the upper bound is shown.")
ANYWHERE_CHARGE = fact(
    "ecs.anywhere_charge", True,
    "ECS Anywhere charges for each on-premises instance registered to a cluster, per hour",
    source=ECS_PRICING, checked=RECHECKED, status="unconfirmed",
    note="The rate (about $0.01 per instance-hour in us-east-1) is on AWS's pricing page, "
         "which was not read as text; consistent third-party copies.")
MANAGED_INSTANCES_CHARGE = fact(
    "ecs.managed_instances_charge", True,
    "ECS Managed Instances add a management charge on top of the price of the EC2 instances",
    source=ECS_PRICING, checked=RECHECKED, status="unconfirmed",
    note="AWS's pricing page lists the charge per instance type; it was not read as text. "
         "Consistent third-party copies.")

# --- Capacity: launch types and capacity providers (third pass, 2026-12-02) ---
CAPACITY_COMPARISON = ("https://docs.aws.amazon.com/AmazonECS/latest/developerguide/"
                       "capacity-launch-type-comparison.html")
CAPACITY_OPTIONS = fact(
    "ecs.capacity_options", ("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"),
    "EC2 (you manage the instances), Fargate (serverless), External (ECS Anywhere, your own "
    "servers) and Amazon ECS Managed Instances (EC2 instances that AWS manages)",
    source=CAPACITY_COMPARISON, checked="2026-12-02", status="confirmed",
    note="What a task definition's requiresCompatibilities can list: \"You can use following "
         "launch types: EC2, Fargate, External, and Amazon ECS Managed Instances.\" A task runs "
         "on ECS Managed Instances through a capacity provider (RunTask: \"you must use the "
         "capacityProviderStrategy request parameter and omit the launchType\"); AWS recommends "
         "capacity providers over launch types. Not examined by CLF-C02 yet.")
