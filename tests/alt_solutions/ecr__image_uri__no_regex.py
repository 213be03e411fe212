# Alternative correct solution: plain string methods, no regular expressions.
import string

LOWER = set(string.ascii_lowercase + string.digits)
HEX = set("0123456789abcdef")
TAG_CHARS = set(string.ascii_letters + string.digits + "_.-")


def _segment_ok(text, first_letter=False):
    if not text or text[0] not in LOWER or text[-1] not in LOWER:
        return False
    if first_letter and not text[0].isalpha():
        return False
    previous_sep = False
    for ch in text:
        if ch in "._-":
            if previous_sep:
                return False
            previous_sep = True
        elif ch in LOWER:
            previous_sep = False
        else:
            return False
    return True


def _region_ok(region):
    words = region.split("-")
    return (len(words) >= 3 and words[-1].isdigit() and words[-1].isascii()
            and all(w.isalpha() and w.isascii() and w.islower() for w in words[:-1]))


def parse_image_uri(uri):
    if "/" not in uri:
        raise ValueError("missing '/<repository>'")
    host, path = uri.split("/", 1)
    if host == "public.ecr.aws":
        if "/" not in path:
            raise ValueError("public URIs are public.ecr.aws/<alias>/<repository>")
        alias, path = path.split("/", 1)
        first_run = alias.replace("_", ".").replace("-", ".").split(".")[0]
        if len(first_run) < 2 or not _segment_ok(alias, first_letter=True):
            raise ValueError(f"bad alias {alias!r}")
        registry, account, region = "public", None, None
    else:
        pieces = host.split(".")
        if (len(pieces) != 6 or pieces[1:3] != ["dkr", "ecr"] or pieces[4:] != ["amazonaws", "com"]):
            raise ValueError(f"bad registry host {host!r}")
        account, region = pieces[0], pieces[3]
        if len(account) != 12 or not (account.isdigit() and account.isascii()):
            raise ValueError(f"bad account ID {account!r}")
        if not _region_ok(region):
            raise ValueError(f"bad Region {region!r}")
        registry = "private"
    tag = digest = None
    if "@" in path:
        path, digest = path.split("@", 1)
        if registry == "public" or ":" in path:
            raise ValueError("digest not allowed here")
        algo, _, hexpart = digest.partition(":")
        if algo != "sha256" or len(hexpart) != 64 or not set(hexpart) <= HEX:
            raise ValueError(f"bad digest {digest!r}")
    elif ":" in path:
        path, tag = path.split(":", 1)
        if not (0 < len(tag) <= 128 and set(tag) <= TAG_CHARS and tag[0] not in ".-"):
            raise ValueError(f"bad tag {tag!r}")
    else:
        tag = "latest"
    if not all(_segment_ok(part) for part in path.split("/")):
        raise ValueError(f"bad repository {path!r}")
    return {"registry": registry, "account_id": account, "region": region,
            "repository": path, "tag": tag, "digest": digest}
