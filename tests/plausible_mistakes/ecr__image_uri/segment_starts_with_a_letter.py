# Plausible mistake: makes each repository segment start with a letter, as some SDK
# references say, instead of following the pattern.
# Property: segment-may-start-with-a-digit
import re

SEGMENT = r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*"
REPOSITORY = re.compile(rf"(?:{SEGMENT}/)*{SEGMENT}")
TAG = re.compile(rf"[A-Za-z0-9_][A-Za-z0-9_.-]{{0,{TAG_MAX_CHARS - 1}}}")
DIGEST = re.compile(rf"sha256:[0-9a-f]{{{DIGEST_HEX_CHARS}}}")
ALIAS = re.compile(r"[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*")
PRIVATE_HOST = re.compile(
    rf"(?P<account>[0-9]{{{ACCOUNT_ID_DIGITS}}})\.dkr\.ecr\."
    r"(?P<region>[a-z]+(?:-[a-z]+)+-[0-9]+)\.amazonaws\.com")


def parse_image_uri(uri):
    host, slash, path = uri.partition("/")
    if not slash:
        raise ValueError(f"{uri!r} has no '/<repository>' after the registry")

    if host == "public.ecr.aws":
        alias, slash, path = path.partition("/")
        if not slash:
            raise ValueError("a public URI is public.ecr.aws/<alias>/<repository>: "
                             "the alias or the repository is missing")
        if not ALIAS.fullmatch(alias):
            raise ValueError(f"{alias!r} is not a registry alias (lowercase, starts with a letter)")
        result = {"registry": "public", "account_id": None, "region": None}
    else:
        match = PRIVATE_HOST.fullmatch(host)
        if not match:
            raise ValueError(f"{host!r} is not <12-digit account>.dkr.ecr.<region>.amazonaws.com "
                             "(and not public.ecr.aws)")
        result = {"registry": "private", "account_id": match["account"],
                  "region": match["region"]}

    repository, at, digest = path.partition("@")
    tag = None
    if at:
        if result["registry"] == "public":
            raise ValueError("a public URI takes a tag, not a digest")
        if ":" in repository:
            raise ValueError("give a tag or a digest, not both")
        if not DIGEST.fullmatch(digest):
            raise ValueError(f"{digest!r} is not sha256: followed by 64 lowercase hex characters")
    else:
        digest = None
        repository, colon, tag = path.partition(":")
        if not colon:
            tag = "latest"
        elif not TAG.fullmatch(tag):
            raise ValueError(f"{tag!r} is not a valid tag")
    if not REPOSITORY.fullmatch(repository):
        raise ValueError(f"{repository!r} is not a valid repository name (lowercase letters, "
                         "digits and . _ - between them, namespaces separated by one /)")
    result.update(repository=repository, tag=tag, digest=digest)
    return result
