# Mistake: the ranking key is only the segment kinds, without first putting every non-greedy route ahead of the greedy ones, so `/pets/{proxy+}` beats `/{type}/cat` (the `key = kinds` line)
def _kind(seg):
    if seg.endswith("+}"):
        return 2
    if seg.startswith("{"):
        return 1
    return 0


def _match(segs, parts):
    params = {}
    for i, seg in enumerate(segs):
        if seg.endswith("+}"):
            if i >= len(parts):
                return None
            params[seg[1:-2]] = "/".join(parts[i:])
            return params
        if i >= len(parts):
            return None
        if seg.startswith("{"):
            params[seg[1:-1]] = parts[i]
        elif seg != parts[i]:
            return None
    return params if len(segs) == len(parts) else None


def match_route(method, path, routes):
    parts = path[1:].split("/")
    best = None
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m != method and m != "ANY":
            continue
        segs = p[1:].split("/")
        params = _match(segs, parts)
        if params is None:
            continue
        key = [_kind(s) for s in segs]
        if best is None or key < best[0]:
            best = (key, route, params)
    if best:
        return best[1], best[2]
    if "$default" in routes:
        return "$default", {}
    return None
