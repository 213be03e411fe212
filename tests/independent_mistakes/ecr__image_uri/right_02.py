# Right: no regex at all: str.partition and explicit character sets, a parser class with a helper named check that raises ValueError
import string

LOWER = set(string.ascii_lowercase)
DIGITS = set(string.digits)
HEX = set("0123456789abcdef")
TAG_FIRST = set(string.ascii_letters) | DIGITS | {"_"}
TAG_CHARS = TAG_FIRST | {".", "-"}


def check(condition, message):
    if not condition:
        raise ValueError(message)


def _is_component(text, first_is_letter=False, min_first_run=1):
    """[a-z0-9]+ joined by single . _ or -; optionally the first char a letter."""
    runs, current, seps = [], "", 0
    for ch in text:
        if ch in LOWER or ch in DIGITS:
            current += ch
        elif ch in "._-":
            runs.append(current)
            current = ""
        else:
            return False
    runs.append(current)
    if any(run == "" for run in runs):
        return False
    if first_is_letter and text[0] not in LOWER:
        return False
    return len(runs[0]) >= min_first_run


class _Parser:
    def __init__(self, uri):
        self.uri = uri
        self.result = {"registry": None, "account_id": None, "region": None,
                       "repository": None, "tag": None, "digest": None}

    def host(self, host):
        if host == "public.ecr.aws":
            self.result["registry"] = "public"
            return
        labels = host.split(".")
        check(len(labels) == 6 and labels[1:3] == ["dkr", "ecr"]
              and labels[4:] == ["amazonaws", "com"], f"{host!r} is not an ECR registry")
        account, region = labels[0], labels[3]
        check(len(account) == ACCOUNT_ID_DIGITS and set(account) <= DIGITS,
              f"{account!r} is not a 12-digit account ID")
        words = region.split("-")
        check(len(words) >= 3 and words[-1] != "" and set(words[-1]) <= DIGITS
              and all(w != "" and set(w) <= LOWER for w in words[:-1]),
              f"{region!r} is not a Region")
        self.result.update(registry="private", account_id=account, region=region)

    def version(self, path):
        repo, at, digest = path.partition("@")
        if at:
            check(self.result["registry"] == "private", "no digest in a public URI here")
            check(":" not in repo, "a tag and a digest together")
            algo, colon, hexpart = digest.partition(":")
            check(algo == "sha256" and colon and len(hexpart) == DIGEST_HEX_CHARS
                  and set(hexpart) <= HEX, f"{digest!r} is not a sha256 digest")
            self.result["digest"] = digest
            return repo
        repo, colon, tag = path.rpartition(":")
        if not colon:
            self.result["tag"] = "latest"
            return path
        check(0 < len(tag) <= TAG_MAX_CHARS and tag[0] in TAG_FIRST and set(tag) <= TAG_CHARS,
              f"{tag!r} is not a valid tag")
        self.result["tag"] = tag
        return repo

    def run(self):
        host, slash, path = self.uri.partition("/")
        check(slash, "no repository in the URI")
        self.host(host)
        if self.result["registry"] == "public":
            alias, slash, path = path.partition("/")
            check(slash and _is_component(alias, first_is_letter=True, min_first_run=2),
                  f"{alias!r} is not a registry alias")
        repo = self.version(path)
        check(all(_is_component(part) for part in repo.split("/")),
              f"{repo!r} is not a valid repository name (lowercase letters, ...)")
        self.result["repository"] = repo
        return self.result


def parse_image_uri(uri):
    return _Parser(uri).run()
