# Mistake: account_id is returned as an int (int(account)), which also drops a leading 0; the statement wants the string written in the URI
import re

SEGMENT = r"[a-z0-9]+(?:[._-][a-z0-9]+)*"


def check_host(host):
    labels = host.split(".")
    if len(labels) != 6 or labels[1:3] != ["dkr", "ecr"] or labels[4:] != ["amazonaws", "com"]:
        raise ValueError(f"{host!r} is not a private ECR registry")
    account, region = labels[0], labels[3]
    if not re.fullmatch(r"[0-9]{%d}" % ACCOUNT_ID_DIGITS, account):
        raise ValueError("the account ID must be 12 digits")
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)+-[0-9]+", region):
        raise ValueError(f"{region!r} is not a Region")
    return int(account), region


def parse_image_uri(uri):
    if "/" not in uri:
        raise ValueError("no repository")
    host, path = uri.split("/", 1)
    if host == "public.ecr.aws":
        if "/" not in path:
            raise ValueError("no alias")
        alias, path = path.split("/", 1)
        if not re.fullmatch(r"[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*", alias):
            raise ValueError("bad alias")
        registry, account_id, region = "public", None, None
    else:
        registry = "private"
        account_id, region = check_host(host)
    tag = digest = None
    if "@" in path:
        if registry == "public":
            raise ValueError("no digest for a public image here")
        path, digest = path.split("@", 1)
        if not re.fullmatch(r"sha256:[0-9a-f]{%d}" % DIGEST_HEX_CHARS, digest):
            raise ValueError("bad digest")
    elif ":" in path:
        path, tag = path.rsplit(":", 1)
        if len(tag) > TAG_MAX_CHARS or not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", tag):
            raise ValueError("bad tag")
    else:
        tag = "latest"
    if not re.fullmatch(rf"(?:{SEGMENT}/)*{SEGMENT}", path):
        raise ValueError(f"{path!r} is not a valid repository name (lowercase letters, ...)")
    return {"registry": registry, "account_id": account_id, "region": region,
            "repository": path, "tag": tag, "digest": digest}
