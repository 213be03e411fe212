"""Amazon ECR facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"

# --- Pages: Amazon ECR (docs/ecr/index.md) ---
ECR_PRICING = "https://aws.amazon.com/ecr/pricing/"
LP_CREATION = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/lp_creation.html"
LP_PARAMETERS = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html"
AUTH_TOKEN = "https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAuthorizationToken.html"

LIFECYCLE_EXPIRY_HOURS = fact(
    "ecr.lifecycle_expiry_hours", 24, "within 24 hours",
    source=LP_CREATION, checked=CHECKED, status="confirmed",
    note="Images a new lifecycle policy selects are expired (or archived) within 24 hours, "
         "not at once.")
TAG_PATTERN_MAX_WILDCARDS = fact(
    "ecr.tag_pattern_max_wildcards", 4, "up to 4 * wildcards per tag pattern",
    source=LP_PARAMETERS, checked=CHECKED, status="confirmed")
AUTH_TOKEN_HOURS = fact(
    "ecr.auth_token_hours", 12, "12 hours",
    source=AUTH_TOKEN, checked=CHECKED, status="confirmed",
    note="The password from `aws ecr get-login-password` is this token.")
PRIVATE_STORAGE_GB_MONTH = fact(
    "ecr.private_storage_gb_month", 0.10, "$0.10 per GB-month",
    source=ECR_PRICING, checked=CHECKED, status="unconfirmed",
    note="Private repositories, us-east-1; AWS's page was not read as text, consistent "
         "third-party copies dated 2026.")
PUBLIC_FREE_STORAGE_GB = fact(
    "ecr.public_free_storage_gb", 50, "50 GB-month of storage free, always",
    source=ECR_PRICING, checked=CHECKED, status="unconfirmed",
    note="Always free; consistent third-party copies dated 2026.")

PULL_THROUGH_CACHE = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html"
PULL_THROUGH_CACHE_UPSTREAMS = fact(
    "ecr.pull_through_cache_upstreams",
    ("Amazon ECR Public", "Kubernetes container image registry", "Quay", "Docker Hub",
     "Microsoft Azure Container Registry", "GitHub Container Registry",
     "GitLab Container Registry", "Amazon ECR"),
    "public registries (Amazon ECR Public, Quay, the Kubernetes registry), registries that "
    "need credentials (Docker Hub, GitHub, GitLab, Azure) and another Amazon ECR private "
    "registry, in another Region or account",
    source=PULL_THROUGH_CACHE, checked="2026-12-02", status="confirmed",
    note="\"Using pull through cache rules, you can sync the contents of an upstream registry "
         "with your Amazon ECR private registry.\" Credentials of the other registries go in a "
         "Secrets Manager secret; ECR to ECR uses an IAM role and \"enables automatic "
         "synchronization of images between Regions, AWS accounts, or both\". An image is "
         "cached when it is first pulled through the cache, then refreshed from the upstream "
         "at least once every 24 hours; replication, by contrast, copies an image when it is "
         "pushed. Several copies of the page also list Chainguard Registry.")

# --- Practice: ECR image URIs (exercises/ecr/image_uri) ---
ACCOUNT_IDS = "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html"
ECS_CONTAINER_DEFINITION = (
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html")

ACCOUNT_ID_DIGITS = fact(
    "ecr.account_id_digits", 12, "12 digits (such as 012345678901)",
    source=ACCOUNT_IDS, checked=CHECKED, status="confirmed",
    note="An account ID can start with 0: keep it as a string.")
IMAGE_DIGEST_HEX_CHARS = fact(
    "ecr.image_digest_hex_chars", 64, "64 hexadecimal characters",
    source=ECS_CONTAINER_DEFINITION, checked=CHECKED, status="confirmed",
    note="sha256 is the only supported hash function (ECS API reference, image parameter).")
DOCKER_TAG = "https://docs.docker.com/engine/reference/commandline/image_tag/"
IMAGE_TAG_MAX_CHARS = fact(
    "ecr.image_tag_max_chars", 128, "at most 128 characters",
    source=DOCKER_TAG, checked=CHECKED, status="unconfirmed",
    note="Docker's rule for a tag, read on docs.docker.com (not an AWS source): letters, "
         "digits, _ . -, not starting with . or -. ECR's API itself accepts tags up to "
         "300 characters.")

# --- Practice: how a lifecycle policy is evaluated (exercises/ecr/lifecycle_policy) ---
LP_EVALUATION_RULES = ("https://docs.aws.amazon.com/AmazonECR/latest/userguide/"
                       "LifecyclePolicies.html#lp_evaluation_rules")

LIFECYCLE_LOWER_RULE_STILL_COUNTS = fact(
    "ecr.lifecycle_lower_rule_still_counts", True,
    "a lower-priority rule “can never mark images for expiration that are marked by higher "
    "priority rules, but can still identify them as if they haven't been expired”",
    source=LP_EVALUATION_RULES, checked="2026-11-30", status="confirmed",
    note="So a lower rule's imageCountMoreThan counts the images a higher rule selects: in "
         "AWS's Example A (multiple rules) rule 2 marks images A and B, and B is skipped "
         "because expiring it would violate rule 1.")
LIFECYCLE_HIGHER_RULE_PROTECTS = fact(
    "ecr.lifecycle_higher_rule_protects", True,
    "an image that matches the tagging requirements of a rule cannot be expired by a rule "
    "with a lower priority, and an image is expired by exactly one or zero rules",
    source=LP_EVALUATION_RULES, checked="2026-11-30", status="confirmed")
