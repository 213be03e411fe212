# Plausible mistake: one regex with re.match and "$": "$" also matches before a final newline.
# Property: uri-as-is
import re

PATTERN = re.compile(
    r"(?:(?P<account>[0-9]{12})\.dkr\.ecr\.(?P<region>[a-z]+(?:-[a-z]+)+-[0-9]+)\.amazonaws\.com"
    r"|public\.ecr\.aws/[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*)"
    r"/(?P<repository>(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)"
    r"(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})|@(?P<digest>sha256:[0-9a-f]{64}))?$")


def parse_image_uri(uri):
    match = PATTERN.match(uri)
    if not match:
        raise ValueError(f"not an ECR image URI: {uri!r}")
    public = match["account"] is None
    if public and match["digest"]:
        raise ValueError("a public URI takes a tag, not a digest")
    tag = match["tag"]
    if tag is None and match["digest"] is None:
        tag = "latest"
    return {"registry": "public" if public else "private", "account_id": match["account"],
            "region": match["region"], "repository": match["repository"], "tag": tag,
            "digest": match["digest"]}
