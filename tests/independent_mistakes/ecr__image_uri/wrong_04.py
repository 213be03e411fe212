# Mistake: off-by-one in TAG_RE: one first character plus {0,128} more lets a 129-character tag through (the limit is 128 in all)
import re

REPO_RE = re.compile(r"(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*")
TAG_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,128}")
DIGEST_RE = re.compile(r"sha256:[0-9a-f]{64}")
HOST_RE = re.compile(r"([0-9]{12})\.dkr\.ecr\.([a-z]+(?:-[a-z]+)+-[0-9]+)\.amazonaws\.com")
ALIAS_RE = re.compile(r"[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*")


def parse_image_uri(uri):
    host, sep, path = uri.partition("/")
    if not sep:
        raise ValueError("no repository in the URI")
    if host == "public.ecr.aws":
        alias, sep, path = path.partition("/")
        if not sep or not ALIAS_RE.fullmatch(alias):
            raise ValueError(f"{alias!r} is not a valid registry alias")
        registry, account_id, region = "public", None, None
    else:
        m = HOST_RE.fullmatch(host)
        if not m:
            raise ValueError(f"{host!r} is not an ECR registry")
        registry, account_id, region = "private", m.group(1), m.group(2)

    tag = digest = None
    if "@" in path:
        if registry == "public":
            raise ValueError("a public image takes no digest here")
        path, digest = path.split("@", 1)
        if not DIGEST_RE.fullmatch(digest):
            raise ValueError(f"{digest!r} is not a valid digest")
    elif ":" in path:
        path, tag = path.rsplit(":", 1)
        if not TAG_RE.fullmatch(tag):
            raise ValueError(f"{tag!r} is not a valid tag")
    else:
        tag = "latest"

    if not REPO_RE.fullmatch(path):
        raise ValueError(f"{path!r} is not a valid repository name (lowercase letters, ...)")
    return {"registry": registry, "account_id": account_id, "region": region,
            "repository": path, "tag": tag, "digest": digest}
