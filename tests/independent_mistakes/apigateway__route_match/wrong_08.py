# Mistake: the segments are compared with zip(), which stops at the shorter list, and no length check follows, so `GET /pets/{id}` also matches `/pets/7/x`
def match_route(method, path, routes):
    parts = path[1:].split("/")
    best_key = None
    best = None
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m not in (method, "ANY"):
            continue
        segs = p[1:].split("/")
        params = {}
        matched = True
        for i, (seg, part) in enumerate(zip(segs, parts)):
            if seg.endswith("+}"):
                params[seg[1:-2]] = "/".join(parts[i:])
            elif seg.startswith("{"):
                params[seg[1:-1]] = part
            elif seg != part:
                matched = False
                break
        if matched and len(segs) > len(parts):
            matched = False
        if not matched:
            continue
        kinds = [2 if s.endswith("+}") else 1 if s.startswith("{") else 0 for s in segs]
        key = (2 in kinds, kinds)
        if best_key is None or key < best_key:
            best_key, best = key, (route, params)
    if best:
        return best
    if "$default" in routes:
        return ("$default", {})
    return None
