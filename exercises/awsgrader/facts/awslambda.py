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
