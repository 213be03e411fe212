# Mistake: the method check forgets `ANY` (`if m != method: continue`), so `ANY /{proxy+}` never matches a POST
def kind(seg):
    return 2 if seg.endswith("+}") else 1 if seg.startswith("{") else 0


def match_route(method, path, routes):
    parts = path[1:].split("/")
    best = None
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m != method:
            continue
        segs = p[1:].split("/")
        params = {}
        ok = True
        for i, seg in enumerate(segs):
            if kind(seg) == 2:
                ok = i < len(parts)
                if ok:
                    params[seg[1:-2]] = "/".join(parts[i:])
                break
            if i >= len(parts) or (kind(seg) == 0 and seg != parts[i]):
                ok = False
                break
            if kind(seg) == 1:
                params[seg[1:-1]] = parts[i]
        else:
            ok = ok and len(segs) == len(parts)
        if not ok:
            continue
        kinds = tuple(kind(s) for s in segs)
        rank = (kinds[-1] == 2, kinds)
        if best is None or rank < best[0]:
            best = (rank, route, params)
    if best is not None:
        return best[1], best[2]
    if "$default" in routes:
        return "$default", {}
    return None
