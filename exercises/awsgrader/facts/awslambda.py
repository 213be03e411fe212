"""AWS Lambda facts (us-east-1)."""

from ._registry import fact

CHECKED = "2026-11-26"
RECHECKED = "2026-11-30"
THIRD_PASS = "2026-12-02"
PRICING = "https://aws.amazon.com/lambda/pricing/"
LIMITS = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
MEMORY = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html"
EPHEMERAL = "https://docs.aws.amazon.com/lambda/latest/api/API_EphemeralStorage.html"
TIERS_BLOG = "https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/"
TIMEOUT = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html"
INIT_BILLING_BLOG = "https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/"
PROVISIONED = "https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html"
MANAGED_INSTANCES = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html"
DURABLE = "https://docs.aws.amazon.com/lambda/latest/dg/durable-basic-concepts.html"

REQUEST_PRICE_PER_MILLION = fact(
    "lambda.request_price_per_million", 0.20, "$0.20 per 1 million requests",
    source=PRICING, checked=CHECKED, status="confirmed")
FREE_REQUESTS_PER_MONTH = fact(
    "lambda.free_requests_per_month", 1_000_000, "1,000,000 requests per month",
    source=PRICING, checked=CHECKED, status="confirmed",
    note="Always free: it does not expire after 12 months.")
FREE_GB_SECONDS_PER_MONTH = fact(
    "lambda.free_gb_seconds_per_month", 400_000, "400,000 GB-seconds per month",
    source=PRICING, checked=RECHECKED, status="confirmed",
    note="Always free. x86 and Arm functions share this one allowance: AWS's pricing page "
         "applies it to the GB-seconds of both architectures in aggregate.")
GB_SECOND_PRICE = {
    "x86_64": fact(
        "lambda.gb_second_price.x86_64", 0.0000166667, "$0.0000166667 per GB-second",
        source=PRICING, checked=CHECKED, status="unconfirmed",
        note="First tier (0 to 6 billion GB-s a month). AWS's own worked example rounds it "
             "to $0.00001667."),
    "arm64": fact(
        "lambda.gb_second_price.arm64", 0.0000133334, "$0.0000133334 per GB-second",
        source=PRICING, checked=CHECKED, status="unconfirmed",
        note="First tier (0 to 7.5 billion GB-s a month), 20% below x86."),
}
EPHEMERAL_GB_SECOND_PRICE = fact(
    "lambda.ephemeral_storage_gb_second_price", 0.0000000309,
    "$0.0000000309 per GB-second above 512 MB",
    source=PRICING, checked=CHECKED, status="unconfirmed",
    note="Only configured /tmp above the free 512 MB is billed.")
BILLING_GRANULARITY_MS = fact(
    "lambda.billing_granularity_ms", 1, "1 ms",
    source=PRICING, checked=RECHECKED, status="confirmed",
    note="Duration is rounded up to the nearest 1 ms. Since December 2020; before that "
         "Lambda billed in 100 ms steps.")
MEMORY_MB = fact(
    "lambda.memory_mb", (128, 10_240), "128 MB to 10,240 MB, in 1 MB steps",
    source=MEMORY, checked=CHECKED, status="confirmed")
EPHEMERAL_STORAGE_MB = fact(
    "lambda.ephemeral_storage_mb", (512, 10_240), "512 MB (default, free) to 10,240 MB",
    source=EPHEMERAL, checked=CHECKED, status="confirmed")
MAX_TIMEOUT_S = fact(
    "lambda.max_timeout_s", 900, "15 minutes (900 seconds)",
    source=TIMEOUT, checked=THIRD_PASS, status="confirmed",
    note="The maximum timeout on Lambda's default (on-demand) compute, and the exam's answer: "
         "the CLF-C02 exam guide predates Lambda Managed Instances, on which asynchronous and "
         "event-source-mapping invocations may run longer "
         "(lambda.managed_instances_max_timeout_s). The CreateFunction API reference says the "
         "same: \"the maximum allowed value is 900 seconds\".")
X86_TIERS_GB_S = fact(
    "lambda.tiers.x86_64", (6_000_000_000, 15_000_000_000),
    "first 6 billion GB-s a month at the standard rate, the next 9 billion 10% off, "
    "above 15 billion 20% off",
    source=TIERS_BLOG, checked=CHECKED, status="confirmed")
ARM_TIERS_GB_S = fact(
    "lambda.tiers.arm64", (7_500_000_000, 18_750_000_000),
    "first 7.5 billion GB-s a month at the standard rate, the next 11.25 billion 10% off, "
    "above 18.75 billion 20% off",
    source=TIERS_BLOG, checked=CHECKED, status="confirmed")

# --- Limits, scaling and CPU (added for the AWS Lambda reading page) ---
SCALING = "https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html"
INVOKE = "https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html"
QUOTAS = "https://docs.aws.amazon.com/lambda/latest/dg/limits.html"

MB_PER_VCPU = fact(
    "lambda.mb_per_vcpu", 1_769, "the equivalent of 1 vCPU at 1,769 MB",
    source=MEMORY, checked=RECHECKED, status="confirmed",
    note="CPU is allocated in proportion to memory. AWS publishes no network bandwidth per MB.")
DEFAULT_CONCURRENCY = fact(
    "lambda.default_concurrency", 1_000,
    "1,000 concurrent executions per Region (shared by all functions; can be raised)",
    source=QUOTAS, checked=RECHECKED, status="confirmed",
    note="The default quota. New AWS accounts can start lower: AWS's quotas page says new "
         "accounts have reduced concurrency and memory quotas, raised automatically with usage.")
SCALING_RATE = fact(
    "lambda.scaling_rate", (1_000, 10),
    "1,000 more execution environments every 10 seconds, per function",
    source=SCALING, checked=CHECKED, status="confirmed",
    note="Requests above the available concurrency are throttled (HTTP 429).")
SYNC_PAYLOAD_MB = fact(
    "lambda.payload_sync_mb", 6, "6 MB (synchronous request and response)",
    source=INVOKE, checked=CHECKED, status="confirmed")
ASYNC_PAYLOAD_MB = fact(
    "lambda.payload_async_mb", 1, "1 MB (asynchronous event)",
    source=INVOKE, checked=CHECKED, status="confirmed",
    note="Raised from 256 KB; older notes still say 256 KB.")
DEFAULT_TIMEOUT_S = fact(
    "lambda.default_timeout_s", 3, "3 seconds",
    source=TIMEOUT, checked=RECHECKED, status="confirmed",
    note="The default timeout. The Lambda developer guide: the default is 3 seconds, "
         "adjustable in 1-second steps up to 900 seconds; the CreateFunction API reference "
         "says the same.")
CONTAINER_IMAGE_MAX_GB = fact(
    "lambda.container_image_max_gb", 10, "10 GB (uncompressed)",
    source=QUOTAS, checked=CHECKED, status="unconfirmed",
    note="Seen in copies of the quotas page; the current table was not read as text.")
ZIP_PACKAGE_MB = fact(
    "lambda.zip_package_mb", (50, 250),
    "50 MB zipped for direct upload, 250 MB unzipped including layers",
    source=QUOTAS, checked=CHECKED, status="confirmed",
    note="Read in AWS's archived Lambda developer guide repository.")

# --- Concurrency, throttling and API Gateway errors (added for the Lambda practice page) ---
RESERVED_CONCURRENCY = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html"

UNRESERVED_CONCURRENCY_MIN = fact(
    "lambda.unreserved_concurrency_min", 100,
    "100 concurrent executions, which always stay unreserved for the other functions",
    source=RESERVED_CONCURRENCY, checked=CHECKED, status="confirmed",
    note="You can reserve up to the account's concurrency minus 100 (also in the "
         "PutFunctionConcurrency API reference).")
THROTTLE_STATUS = fact(
    "lambda.throttle_status", 429, "429 (TooManyRequestsException: throttled)",
    source=SCALING, checked=CHECKED, status="confirmed",
    note="Returned by Lambda when a function cannot scale fast enough or is at its "
         "maximum concurrency.")

# --- Billing beyond requests and duration, and two 2025 features (reading pages) ---
INIT_BILLED_SINCE = fact(
    "lambda.init_billed_since", "2025-08-01",
    "since 1 August 2025, the INIT phase of every function is billed as duration",
    source=INIT_BILLING_BLOG, checked=RECHECKED, status="confirmed",
    note="INIT is the initialisation of a new execution environment (a cold start). "
         "The change affected on-demand functions packaged as .zip on managed runtimes, whose "
         "INIT phase used to be free; container images, custom runtimes and provisioned "
         "concurrency already paid for it. INIT happens only on cold starts.")
LAMBDA_FAQ = "https://aws.amazon.com/lambda/faqs/"
PROVISIONED_BILLED_WHILE_IDLE = fact(
    "lambda.provisioned_billed_while_idle", True,
    "billed for as long as it is configured, even while no request arrives",
    source=LAMBDA_FAQ, checked=THIRD_PASS, status="confirmed",
    note="Provisioned concurrency keeps execution environments initialised in advance. The "
         "Lambda FAQ (\"How will I be charged for Provisioned Concurrency?\", read in verbatim "
         "copies): \"When enabled, you pay for the amount of concurrency that you configure "
         "and for the period of time that you configure it. When your function executes while "
         "Provisioned Concurrency is configured on it, you also pay for Requests and execution "
         "Duration.\" AWS's developer guide adds that reserved concurrency is free.")
MANAGED_INSTANCES_MULTICONCURRENCY = fact(
    "lambda.managed_instances", True,
    "Lambda Managed Instances (2025) run functions on EC2 instances whose instance types you "
    "can choose, and "
    "one execution environment handles several requests at once",
    source=MANAGED_INSTANCES, checked=RECHECKED, status="confirmed",
    note="Beyond the exam. A capacity provider sets the instance requirements; the default "
         "Lambda model handles one request at a time per execution environment.")
MANAGED_INSTANCES_MAX_TIMEOUT_S = fact(
    "lambda.managed_instances_max_timeout_s", 5_400,
    "90 minutes (5,400 seconds) for asynchronous and event-source-mapping invocations of "
    "functions on Lambda Managed Instances",
    source=TIMEOUT, checked=THIRD_PASS, status="confirmed",
    note="Beyond the exam. The developer guide and the CreateFunction API reference: \"For "
         "functions using Lambda Managed Instances, asynchronous invocations and event source "
         "mapping invocations (except Amazon MQ and Amazon DocumentDB) support a maximum "
         "allowed value of 5,400 seconds (90 minutes).\" Other invocations keep the 900-second "
         "maximum.")
DURABLE_MAX_DAYS = fact(
    "lambda.durable_max_days", 366,
    "Durable functions (2025) run one workflow for up to one year, through several "
    "invocations",
    source=DURABLE, checked=RECHECKED, status="confirmed",
    note="Beyond the exam. The durable execution checkpoints its progress and is replayed over "
         "several invocations; the ExecutionTimeout maximum is 31,622,400 seconds (366 days). "
         "Each invocation keeps the usual maximum run time.")
