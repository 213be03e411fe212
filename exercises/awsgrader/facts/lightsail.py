"""Amazon Lightsail facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"

# --- Plans and billing (added for the Amazon Lightsail reading page) ---
BILLING_FAQ = ("https://docs.aws.amazon.com/lightsail/latest/userguide/"
               "amazon-lightsail-frequently-asked-questions-faq-billing-and-account-management.html")
BASELINE = "https://docs.aws.amazon.com/lightsail/latest/userguide/baseline-cpu-performance.html"
TRANSFER = ("https://docs.aws.amazon.com/lightsail/latest/userguide/"
            "amazon-lightsail-faq-data-transfer-allowance.html")

CHEAPEST_PLAN = fact(
    "lightsail.cheapest_plan", (5, 0.0067),
    "$5 a month ($0.0067 an hour), Linux with a public IPv4 address",
    source=BILLING_FAQ, checked=CHECKED, status="confirmed",
    note="Billed by the hour, capped at the monthly price.")
FREE_TIER_OFFER = fact(
    "lightsail.free_tier_offer", True,
    "free hours of the $5 Linux plan or the $9.50 Windows plan for new Lightsail users, for a "
    "limited time after they sign up",
    source=BILLING_FAQ, checked="2026-12-02", status="confirmed",
    note="Lightsail's FAQ (\"Can I try Lightsail instances for free?\"): \"Yes. ... you get 750 "
         "hours of free usage of the $5 USD Lightsail plan\" (or of the $9.50 Windows plan), "
         "\"only applicable to usage within the first calendar month from when you sign up to "
         "use Lightsail\". Copies of AWS's pricing page describe three months free on selected "
         "bundles for new accounts. The terms change with the AWS Free Tier: check AWS's page.")
CHEAPEST_WINDOWS_PLAN = fact(
    "lightsail.cheapest_windows_plan", (9.50, 0.0127), "$9.50 a month ($0.0127 an hour)",
    source=BILLING_FAQ, checked=CHECKED, status="confirmed")
CHEAPEST_IPV6_ONLY_PLAN = fact(
    "lightsail.cheapest_ipv6_only_plan", 3.50, "$3.50 a month (IPv6-only, no public IPv4)",
    source="https://aws.amazon.com/lightsail/pricing/", checked=CHECKED, status="unconfirmed",
    note="AWS's pricing page was not read as text; consistent third-party copies of AWS's "
         "bundle list, where each IPv6-only plan costs less than its dual-stack twin.")
BILLED_UNTIL_DELETED = fact(
    "lightsail.billed_until_deleted", True,
    "instances and managed databases are billed until deleted, even when stopped",
    source=BILLING_FAQ, checked=CHECKED, status="confirmed")
# (Linux $/month, Windows $/month or None, vCPUs, RAM GB, SSD GB, baseline % per vCPU)
INSTANCE_BUNDLES = fact(
    "lightsail.instance_bundles",
    ((5, 9.50, 2, 0.5, 20, 5), (7, 14, 2, 1, 40, 10), (12, 22, 2, 2, 60, 20),
     (24, 44, 2, 4, 80, 20), (44, 74, 2, 8, 160, 30), (84, 124, 4, 16, 320, 40),
     (164, 244, 8, 32, 640, 40), (384, None, 16, 64, 1_280, 40)),
    "the eight general-purpose instance plans from $5 to $384 a month (dual-stack, Linux) "
    "that AWS's CPU baseline page lists",
    source=BASELINE, checked="2026-12-02", status="confirmed",
    note="Burstable CPU: each plan has a baseline per vCPU and earns burst capacity. Since "
         "2025 Lightsail also sells larger plans (lightsail.largest_general_purpose_plan), "
         "and memory- and compute-optimized ones, that this page does not list; the Cheapest "
         "bundle exercise keeps these eight as its table.")
LARGEST_GENERAL_PURPOSE_PLAN = fact(
    "lightsail.largest_general_purpose_plan", (1_764, 64, 256),
    "$1,764 a month for 64 vCPUs and 256 GB of memory (Linux, public IPv4 address)",
    source="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-bundles.html",
    checked="2026-12-02", status="unconfirmed",
    note="Lightsail's document history, 31 October 2025: \"Added larger instance bundles for "
         "both Linux/Unix and Windows instances in Lightsail\", on a new instance bundles page. "
         "That page was not read here: the figures come from a third-party copy of it (fetched "
         "17 September 2026), which lists general-purpose Linux plans of 32, 48 and 64 vCPUs "
         "($884, $1,324 and $1,764 a month) above the $384 plan, and memory-optimized plans up "
         "to 512 GB. AWS's CPU baseline page (lightsail.instance_bundles) still stops at $384: "
         "AWS's pages disagree, and the newer one is followed.")
TRANSFER_OVERAGE_PER_GB = fact(
    "lightsail.transfer_overage_per_gb", 0.09,
    "$0.09 per GB of outbound transfer (us-east-1)",
    source=TRANSFER, checked=CHECKED, status="confirmed",
    note="Inbound transfer is free; traffic over private IPs in the same Region is free.")

# --- Exercise: cheapest_bundle (docs/lightsail/practice.md) ---
# The specs and prices come from INSTANCE_BUNDLES above (one home for each number); the ids
# and the monthly transfer allowances are added here, in the same order.
_BUNDLE_IDS = ("nano_3_0", "micro_3_0", "small_3_0", "medium_3_0", "large_3_0", "xlarge_3_0",
               "2xlarge_3_0", "4xlarge_3_0")
_TRANSFER_TB = (1, 2, 3, 4, 5, 6, 7, 8)

LINUX_BUNDLES = fact(
    "lightsail.linux_bundles",
    [{"id": bundle_id, "price_usd": linux_usd, "vcpus": vcpus, "ram_gb": ram_gb,
      "ssd_gb": ssd_gb, "transfer_tb": transfer_tb}
     for bundle_id, transfer_tb, (linux_usd, _, vcpus, ram_gb, ssd_gb, _)
     in zip(_BUNDLE_IDS, _TRANSFER_TB, INSTANCE_BUNDLES, strict=True)],
    "the eight smallest Linux/Unix instance plans with a public IPv4 address (dual-stack), "
    "us-east-1, with their bundle ids and transfer allowances (1 to 8 TB a month)",
    source=BASELINE, checked=CHECKED, status="unconfirmed",
    note="Price, vCPUs, RAM (512 MB = 0.5 GB) and SSD: lightsail.instance_bundles, confirmed. "
         "The transfer allowances and the bundle ids (nano_3_0 ... 4xlarge_3_0) come from "
         "consistent third-party copies of AWS's bundle list, not read on an AWS page. "
         "Larger, memory-optimized, compute-optimized and IPv6-only plans are left out.")
