# Right: a class that compiles each route to a regex; ranking with min() over a tuple key
import re


class Route:
    def __init__(self, key):
        self.key = key
        self.method, path = key.split(" ", 1)
        self.segments = path[1:].split("/")
        self.greedy = self.segments[-1].endswith("+}")
        parts = []
        for seg in self.segments:
            m = re.fullmatch(r"\{(\w+)(\+?)\}", seg)
            if m is None:
                parts.append(re.escape(seg))
            elif m.group(2):
                parts.append(r"(?P<%s>[^/]+(?:/[^/]+)*)" % m.group(1))
            else:
                parts.append(r"(?P<%s>[^/]+)" % m.group(1))
        self.pattern = re.compile("/" + "/".join(parts))
        self.rank = (self.greedy,
                     [2 if s.endswith("+}") else 1 if s.startswith("{") else 0
                      for s in self.segments])

    def params(self, method, path):
        if self.method != method and self.method != "ANY":
            return None
        m = self.pattern.fullmatch(path)
        return None if m is None else m.groupdict()


def match_route(method, path, routes):
    candidates = []
    for key in routes:
        if key == "$default":
            continue
        route = Route(key)
        found = route.params(method, path)
        if found is not None:
            candidates.append((route.rank, route.key, found))
    if candidates:
        rank, key, found = min(candidates, key=lambda c: c[0])
        return key, dict(found)
    return ("$default", {}) if "$default" in routes else None
