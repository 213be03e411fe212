"""AWS Fargate facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"
RECHECKED = "2026-11-30"
THIRD_PASS = "2026-12-02"

# --- Pages: AWS Fargate (docs/fargate/index.md) ---
FARGATE_PRICING = "https://aws.amazon.com/fargate/pricing/"
TASK_SIZES = "https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html"
TASK_STORAGE = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html"
SPOT_NOTICE = "https://repost.aws/knowledge-center/fargate-spot-termination-notice"
CAPACITY_PROVIDERS = "https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-capacity-providers.html"
STRATEGY_ITEM = ("https://docs.aws.amazon.com/AmazonECS/latest/APIReference/"
                 "API_CapacityProviderStrategyItem.html")
CREATE_TASK_DEFINITION = (
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-task-definition.html")
# AWS's pages disagree on the largest task (checked 2026-12-02): the newest text of the
# developer guide's "Creating an Amazon ECS task definition using the console" has a 32 vCPU
# row; the copies of task-cpu-memory-error.html and of the API reference read here stop at
# 16 vCPU. The site follows the newest text (see the Sources page).
SIZES_DISAGREE = (
    "AWS's pages disagree. The newest text of the developer guide's \"Creating an Amazon ECS "
    "task definition using the console\" (create-task-definition.html, read in a verbatim copy) "
    "lists \"32768 (32 vCPU) This option requires Linux platform 1.4.0 or later. | 60 GB, "
    "120 GB, 244 GB | Linux\"; AWS's CloudFormation linter (cfn-lint) added the size in "
    "September 2026, citing the task size section of task_definition_parameters.html. Older "
    "copies of \"Troubleshoot "
    "Amazon ECS task definition invalid CPU or memory errors\" (task-cpu-memory-error.html), of "
    "the RegisterTaskDefinition API reference and of AWS Batch's resource requirements still "
    "stop at 16 vCPU and 120 GB.")

TASK_CPU_VCPU = fact(
    "fargate.task_cpu_vcpu", (0.25, 32), "0.25 vCPU to 32 vCPU per task",
    source=CREATE_TASK_DEFINITION, checked=THIRD_PASS, status="confirmed",
    note="8, 16 and 32 vCPU need Linux platform version 1.4.0 or later. " + SIZES_DISAGREE)
TASK_MEMORY_GB = fact(
    "fargate.task_memory_gb", (0.5, 244),
    "512 MiB to 244 GB per task, in fixed CPU/memory pairs",
    source=CREATE_TASK_DEFINITION, checked=THIRD_PASS, status="confirmed",
    note="For example 0.25 vCPU allows 0.5, 1 or 2 GB; 1 vCPU allows 2 to 8 GB; 32 vCPU "
         "allows 60, 120 or 244 GB.")
EPHEMERAL_STORAGE_GIB = fact(
    "fargate.ephemeral_storage_gib", (20, 200),
    "20 GiB of ephemeral storage by default, up to 200 GiB",
    source=TASK_STORAGE, checked=CHECKED, status="confirmed",
    note="Linux platform version 1.4.0 or later.")
SPOT_WARNING_S = fact(
    "fargate.spot_warning_s", 120, "a two-minute warning (an EventBridge event and SIGTERM)",
    source=SPOT_NOTICE, checked=CHECKED, status="confirmed")
SPOT_MAX_DISCOUNT_PCT = fact(
    "fargate.spot_max_discount_pct", 70, "up to 70% off the Fargate price",
    source=FARGATE_PRICING, checked=CHECKED, status="confirmed")
SPOT_PLATFORMS = fact(
    "fargate.spot_platforms", ("LINUX/X86_64", "LINUX/ARM64"),
    "Linux tasks on x86_64 (platform version 1.3.0 or later) and on ARM64 (platform version "
    "1.4.0 or later); not Windows",
    source=STRATEGY_ITEM, checked=RECHECKED, status="confirmed",
    note="The current ECS API reference (CapacityProviderStrategyItem) says FARGATE_SPOT "
         "supports Linux ARM64 tasks on platform version 1.4.0 or later, and the current AWS "
         "Batch RuntimePlatform reference excludes only Windows from Fargate Spot. Older AWS "
         "pages, including copies of the ECS developer guide's \"Fargate capacity providers\" "
         "page, still say x86 only.")
BILLING = fact(
    "fargate.billing", "per-second",
    "per second (rounded up), from the start of the image download until the task stops",
    source=FARGATE_PRICING, checked=CHECKED, status="confirmed")
MIN_BILLING_S = fact(
    "fargate.min_billing_s", 60, "a 1-minute minimum charge",
    source=FARGATE_PRICING, checked=CHECKED, status="unconfirmed",
    note="Quoted from AWS by third parties; not found in the text copy of AWS's page.")
LINUX_X86_VCPU_HOUR = fact(
    "fargate.linux_x86_vcpu_hour", 0.04048, "$0.04048 per vCPU-hour (Linux/x86, us-east-1)",
    source=FARGATE_PRICING, checked=CHECKED, status="unconfirmed",
    note="AWS's page renders its rate table in the browser; consistent third-party copies "
         "dated 2026.")
LINUX_X86_GB_HOUR = fact(
    "fargate.linux_x86_gb_hour", 0.004445, "$0.004445 per GB-hour (Linux/x86, us-east-1)",
    source=FARGATE_PRICING, checked=CHECKED, status="unconfirmed",
    note="Same as the vCPU rate: consistent third-party copies dated 2026.")

# --- Exercises: fargate/task_size, fargate/monthly_cost, ecs/task_definition ---

# The row AWS's newest text adds (checked 2026-12-02): its own fact, for its own source (the
# older copies of the troubleshooting page stop at 16 vCPU), and the last row of
# VALID_TASK_SIZES below, which takes it from here: the row is typed once.
TASK_SIZES_32_VCPU = fact(
    "fargate.task_sizes_32_vcpu",
    {32768: (61440, 122880, 249856)},
    "32 vCPU (32768 CPU units) with 60 GB, 120 GB or 244 GB, on Linux platform version 1.4.0 "
    "or later",
    source=CREATE_TASK_DEFINITION, checked=THIRD_PASS, status="confirmed",
    note="Memory in MiB: three values, not a range in steps. Linux only. " + SIZES_DISAGREE)

# Valid task sizes of Linux tasks: CPU units -> every allowed memory, in MiB.
# Kept as data so that the graders, the statements and the tables on the pages all read the
# same rows.
VALID_TASK_SIZES = fact(
    "fargate.task_sizes",
    {
        256: (512, 1024, 2048),
        512: tuple(range(1024, 4096 + 1, 1024)),
        1024: tuple(range(2048, 8192 + 1, 1024)),
        2048: tuple(range(4096, 16384 + 1, 1024)),
        4096: tuple(range(8192, 30720 + 1, 1024)),
        8192: tuple(range(16384, 61440 + 1, 4096)),
        16384: tuple(range(32768, 122880 + 1, 8192)),
        **TASK_SIZES_32_VCPU,
    },
    "fixed CPU/memory pairs for Linux tasks; the smallest CPU size, 256 CPU units (0.25 vCPU), "
    "takes 512 MiB, 1 GB or 2 GB",
    source=TASK_SIZES, checked=THIRD_PASS, status="confirmed",
    note="Memory in MiB (1 GB = 1024 MiB). 8192, 16384 and 32768 CPU units need Linux "
         "platform version 1.4.0 or later; Windows tasks only use 1024 to 4096 CPU units. The "
         "rows up to 16 vCPU are on this page; the last row, 32 vCPU, is AWS's newest text "
         "(fargate.task_sizes_32_vcpu): older copies of this page stop at 16 vCPU. The "
         "exercises use the whole table (fargate/task_size, fargate/monthly_cost, "
         "ecs/task_definition).")


def is_valid_task_size(cpu, memory):
    """True if ``cpu`` CPU units with ``memory`` MiB is a valid Linux Fargate task size
    (``VALID_TASK_SIZES``, up to 32 vCPU)."""
    return memory in VALID_TASK_SIZES.get(cpu, ())


LINUX_ARM_VCPU_HOUR = fact(
    "fargate.linux_arm_vcpu_hour", 0.03238, "$0.03238 per vCPU-hour (Linux/ARM, us-east-1)",
    source=FARGATE_PRICING, checked=CHECKED, status="unconfirmed",
    note="AWS's page renders its rate table in the browser; consistent third-party copies "
         "dated 2026.")
LINUX_ARM_GB_HOUR = fact(
    "fargate.linux_arm_gb_hour", 0.00356, "$0.00356 per GB-hour (Linux/ARM, us-east-1)",
    source=FARGATE_PRICING, checked=CHECKED, status="unconfirmed",
    note="Same as the vCPU rate: consistent third-party copies dated 2026.")
EXTRA_STORAGE_GB_HOUR = fact(
    "fargate.extra_storage_gb_hour", 0.000111,
    "$0.000111 per GB-hour of ephemeral storage above the included 20 GB",
    source=FARGATE_PRICING, checked=CHECKED, status="unconfirmed",
    note="Same as the vCPU rate: consistent third-party copies dated 2026.")
# The same rates keyed by the `architecture` names the exercises use.
VCPU_HOUR_PRICE = {"x86_64": LINUX_X86_VCPU_HOUR, "arm64": LINUX_ARM_VCPU_HOUR}
GB_HOUR_PRICE = {"x86_64": LINUX_X86_GB_HOUR, "arm64": LINUX_ARM_GB_HOUR}
