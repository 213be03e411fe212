# Mistake: the big regex is anchored with ^...$ and used with re.match; $ also matches before a final "\n", so a URI with a trailing line break is accepted (the statement says it is an error)
import re

PRIVATE = re.compile(
    r"^(?P<account>[0-9]{12})\.dkr\.ecr\.(?P<region>[a-z]+(?:-[a-z]+)+-[0-9]+)\.amazonaws\.com/"
    r"(?P<repo>(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)"
    r"(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})|@(?P<digest>sha256:[0-9a-f]{64}))?$")
PUBLIC = re.compile(
    r"^public\.ecr\.aws/(?P<alias>[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*)/"
    r"(?P<repo>(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)"
    r"(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?$")


def parse_image_uri(uri):
    m = re.match(PRIVATE, uri)
    if m:
        registry, account_id, region = "private", m.group("account"), m.group("region")
    else:
        m = re.match(PUBLIC, uri)
        if not m:
            raise ValueError(f"{uri!r} is not a valid image URI")
        registry, account_id, region = "public", None, None
    groups = m.groupdict()
    digest = groups.get("digest")
    tag = groups.get("tag")
    if tag is None and digest is None:
        tag = "latest"
    return {"registry": registry, "account_id": account_id, "region": region,
            "repository": m.group("repo"), "tag": tag, "digest": digest}
