"""AWS Lambda facts (us-east-1)."""

from ._registry import fact

CHECKED = "2026-11-26"
PRICING = "https://aws.amazon.com/lambda/pricing/"
LIMITS = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
MEMORY = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html"
EPHEMERAL = "https://docs.aws.amazon.com/lambda/latest/api/API_EphemeralStorage.html"
TIERS_BLOG = "https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/"

REQUEST_PRICE_PER_MILLION = fact(
    "lambda.request_price_per_million", 0.20, "$0.20 per 1 million requests",
    source=PRICING, checked=CHECKED, status="confirmed")
FREE_REQUESTS_PER_MONTH = fact(
    "lambda.free_requests_per_month", 1_000_000, "1,000,000 requests per month",
    source=PRICING, checked=CHECKED, status="confirmed",
    note="Always free: it does not expire after 12 months.")
FREE_GB_SECONDS_PER_MONTH = fact(
    "lambda.free_gb_seconds_per_month", 400_000, "400,000 GB-seconds per month",
    source=PRICING, checked=CHECKED, status="confirmed",
    note="Always free. Whether x86 and Arm share one allowance is not stated by AWS.")
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
    "lambda.billing_granularity_ms", 1, "1 ms (duration is rounded up)",
    source=PRICING, checked=CHECKED, status="confirmed",
    note="Since December 2020; before that Lambda billed in 100 ms steps.")
MEMORY_MB = fact(
    "lambda.memory_mb", (128, 10_240), "128 MB to 10,240 MB, in 1 MB steps",
    source=MEMORY, checked=CHECKED, status="confirmed")
EPHEMERAL_STORAGE_MB = fact(
    "lambda.ephemeral_storage_mb", (512, 10_240), "512 MB (default, free) to 10,240 MB",
    source=EPHEMERAL, checked=CHECKED, status="confirmed")
MAX_TIMEOUT_S = fact(
    "lambda.max_timeout_s", 900, "15 minutes (900 seconds)",
    source=LIMITS, checked=CHECKED, status="confirmed")
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
    "lambda.mb_per_vcpu", 1_769, "1,769 MB of memory = the equivalent of 1 vCPU",
    source=MEMORY, checked=CHECKED, status="confirmed",
    note="CPU is allocated in proportion to memory. AWS publishes no network bandwidth per MB.")
DEFAULT_CONCURRENCY = fact(
    "lambda.default_concurrency", 1_000,
    "1,000 concurrent executions per Region (shared by all functions; can be raised)",
    source=QUOTAS, checked=CHECKED, status="confirmed",
    note="New accounts start with reduced quotas that AWS raises automatically with usage.")
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
    "lambda.default_timeout_s", 3, "3 seconds (default timeout)",
    source="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html",
    checked=CHECKED, status="unconfirmed",
    note="Consistent across SDK models and notes; the AWS page itself was not read.")
CONTAINER_IMAGE_MAX_GB = fact(
    "lambda.container_image_max_gb", 10, "10 GB (uncompressed container image)",
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

# --- INIT billing (added for the lambda monthly_cost statement: what the exercise leaves out) ---
INIT_BILLED_SINCE = fact(
    "lambda.init_billed_since", "2025-08-01",
    "since 1 August 2025, the INIT phase (a cold start's initialisation) is billed as "
    "duration for every function, including on-demand ZIP functions on managed runtimes",
    source="https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/",
    checked="2026-11-30", status="confirmed",
    note="AWS Compute Blog, \"AWS Lambda standardizes billing for INIT Phase\". Container "
         "images, custom runtimes and provisioned concurrency already billed INIT.")
