"""AWS Batch facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"

# --- Pages: AWS Batch (docs/batch/index.md) ---
BATCH_PRICING = "https://aws.amazon.com/batch/pricing/"
SUBMIT_JOB_GUIDE = "https://docs.aws.amazon.com/batch/latest/userguide/submit_job.html"
SUBMIT_JOB_API = "https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html"

SERVICE_CHARGE_USD = fact(
    "batch.service_charge", 0,
    "no extra charge for AWS Batch: you pay for the EC2 instances or Fargate resources your "
    "jobs use",
    source=BATCH_PRICING, checked=CHECKED, status="unconfirmed",
    note="AWS's pricing page was not read as text; consistent third-party sources.")
ARRAY_SIZE = fact(
    "batch.array_size", (2, 10_000), "2 to 10,000 child jobs",
    source=SUBMIT_JOB_GUIDE, checked=CHECKED, status="confirmed")
MAX_DEPENDENCIES = fact(
    "batch.max_dependencies", 20, "up to 20 jobs",
    source=SUBMIT_JOB_GUIDE, checked=CHECKED, status="confirmed")
FARGATE_MAX_DAYS = fact(
    "batch.fargate_max_days", 14, "14 days",
    source=SUBMIT_JOB_API, checked=CHECKED, status="confirmed",
    note="Jobs on Fargate are not guaranteed to run longer; after 14 days they may be "
         "terminated.")

ECS_MANAGED_INSTANCES_CE = ("https://docs.aws.amazon.com/batch/latest/userguide/"
                            "ecs-managed-instances-compute-environments.html")
ECS_MANAGED_INSTANCES = fact(
    "batch.ecs_managed_instances", True,
    "compute environments on Amazon ECS Managed Instances (EC2 instances that AWS manages), "
    "besides EC2, Spot and Fargate",
    source=ECS_MANAGED_INSTANCES_CE, checked="2026-12-02", status="confirmed",
    note="A MANAGED compute environment whose computeResources type is ECS_MANAGED_INSTANCES, "
         "configured in a managedInstancesProvider block; Spot is chosen inside that block, not "
         "as a separate type. Not examined by CLF-C02 yet.")
