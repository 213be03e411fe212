# Mistake: with neither a tag nor a digest, _reply leaves tag as None instead of defaulting it to "latest"
import re

SEGMENT = r"[a-z0-9]+(?:[._-][a-z0-9]+)*"


class ImageUri:
    def __init__(self, uri):
        self.uri = uri
        self.account_id = self.region = self.tag = self.digest = None

    def parse(self):
        host, _, path = self.uri.partition("/")
        if host == "public.ecr.aws":
            self.registry = "public"
            alias, _, path = path.partition("/")
            if not re.fullmatch(r"[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*", alias):
                raise ValueError("bad alias")
        else:
            m = re.fullmatch(r"([0-9]{12})\.dkr\.ecr\.([a-z]+(?:-[a-z]+)+-[0-9]+)\.amazonaws\.com", host)
            if m is None:
                raise ValueError("bad registry host")
            self.registry = "private"
            self.account_id, self.region = m.groups()
        if "@" in path:
            if self.registry == "public":
                raise ValueError("no digest on a public image")
            path, self.digest = path.split("@", 1)
            if not re.fullmatch(r"sha256:[0-9a-f]{64}", self.digest):
                raise ValueError("bad digest")
        elif ":" in path:
            path, self.tag = path.rsplit(":", 1)
            if not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", self.tag) or len(self.tag) > TAG_MAX_CHARS:
                raise ValueError("bad tag")
        if not re.fullmatch(rf"(?:{SEGMENT}/)*{SEGMENT}", path):
            raise ValueError(f"{path!r} is not a valid repository name (lowercase letters, ...)")
        self.repository = path
        return self._reply()

    def _reply(self):
        return {"registry": self.registry, "account_id": self.account_id, "region": self.region,
                "repository": self.repository, "tag": self.tag, "digest": self.digest}


def parse_image_uri(uri):
    return ImageUri(uri).parse()
