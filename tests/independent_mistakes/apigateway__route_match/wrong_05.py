# Mistake: `$default` is never used: the function returns None when no other route matches, even when the list holds `$default` (the last line)
import re


def _to_regex(path):
    out = []
    for seg in path[1:].split("/"):
        if seg.endswith("+}"):
            out.append("(?P<%s>.+)" % seg[1:-2])
        elif seg.startswith("{"):
            out.append("(?P<%s>[^/]+)" % seg[1:-1])
        else:
            out.append(re.escape(seg))
    return "/" + "/".join(out)


def match_route(method, path, routes):
    hits = []
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m not in (method, "ANY"):
            continue
        found = re.fullmatch(_to_regex(p), path)
        if found:
            segs = p[1:].split("/")
            kinds = [2 if s.endswith("+}") else 1 if s.startswith("{") else 0 for s in segs]
            hits.append(((kinds[-1] == 2, kinds), route, found.groupdict()))
    if hits:
        hits.sort(key=lambda h: h[0])
        return hits[0][1], hits[0][2]
    return None
