# Right: one compiled regex per registry kind with named groups, re.fullmatch (so no trailing newline slips through), then a digest/tag split
import re

_SEGMENT = r"[a-z0-9]+(?:[._-][a-z0-9]+)*"
_REPOSITORY = re.compile(rf"(?:{_SEGMENT}/)*{_SEGMENT}")
_TAG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
_DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
_PRIVATE = re.compile(
    r"(?P<account>[0-9]{12})\.dkr\.ecr\.(?P<region>[a-z]+(?:-[a-z]+)+-[0-9]+)"
    r"\.amazonaws\.com/(?P<rest>.*)", re.DOTALL)
_PUBLIC = re.compile(
    r"public\.ecr\.aws/(?P<alias>[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*)/(?P<rest>.*)", re.DOTALL)


def parse_image_uri(uri):
    private = _PRIVATE.fullmatch(uri)
    public = None if private else _PUBLIC.fullmatch(uri)
    if private is None and public is None:
        raise ValueError(f"{uri!r} does not start with a private ECR or ECR Public registry")
    rest = (private or public).group("rest")

    tag = digest = None
    if "@" in rest:
        rest, digest = rest.split("@", 1)
        if public:
            raise ValueError("a public image URI takes no digest here")
        if ":" in rest:
            raise ValueError("a URI has a tag or a digest, never both")
        if not _DIGEST.fullmatch(digest):
            raise ValueError(f"{digest!r} is not sha256: and 64 lowercase hex characters")
    elif ":" in rest:
        rest, tag = rest.rsplit(":", 1)
        if len(tag) > TAG_MAX_CHARS or not _TAG.fullmatch(tag):
            raise ValueError(f"{tag!r} is not a valid tag")
    else:
        tag = "latest"

    if not _REPOSITORY.fullmatch(rest):
        raise ValueError(f"{rest!r} is not a valid repository name (lowercase letters, ...)")
    return {
        "registry": "private" if private else "public",
        "account_id": private.group("account") if private else None,
        "region": private.group("region") if private else None,
        "repository": rest,
        "tag": tag,
        "digest": digest,
    }
