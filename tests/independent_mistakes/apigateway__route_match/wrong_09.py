# Mistake: returns a list `[route, params]` instead of a tuple `(route, params)` (both return lines at the end)
def _segments(path):
    return path[1:].split("/")


def _rank(segs):
    kinds = []
    for s in segs:
        if s.endswith("+}"):
            kinds.append(2)
        elif s.startswith("{"):
            kinds.append(1)
        else:
            kinds.append(0)
    return (2 in kinds, kinds)


def match_route(method, path, routes):
    parts = _segments(path)
    winner = None
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m != method and m != "ANY":
            continue
        segs = _segments(p)
        params = {}
        i = 0
        ok = True
        while i < len(segs):
            seg = segs[i]
            if seg.endswith("+}"):
                if i >= len(parts):
                    ok = False
                else:
                    params[seg[1:-2]] = "/".join(parts[i:])
                    i = len(parts)
                break
            if i >= len(parts) or (not seg.startswith("{") and seg != parts[i]):
                ok = False
                break
            if seg.startswith("{"):
                params[seg[1:-1]] = parts[i]
            i += 1
        if not ok or i != len(parts):
            continue
        r = _rank(segs)
        if winner is None or r < winner[0]:
            winner = (r, route, params)
    if winner is not None:
        return [winner[1], winner[2]]
    if "$default" in routes:
        return ["$default", {}]
    return None
