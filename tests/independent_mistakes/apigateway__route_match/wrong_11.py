# Mistake: the order of a literal and `{name}` is reversed at the same level: kinds are numbered `{name}`=0, literal=1 in `KIND`, so `dog/{id}` beats `dog/1`
KIND = {"var": 0, "literal": 1, "greedy": 2}


def classify(seg):
    if seg.startswith("{") and seg.endswith("+}"):
        return "greedy"
    if seg.startswith("{"):
        return "var"
    return "literal"


def match_route(method, path, routes):
    parts = path[1:].split("/")
    best = None
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m not in (method, "ANY"):
            continue
        segs = p[1:].split("/")
        params = {}
        ok = True
        for i, seg in enumerate(segs):
            c = classify(seg)
            if c == "greedy":
                ok = i < len(parts)
                params[seg[1:-2]] = "/".join(parts[i:])
                break
            if i >= len(parts):
                ok = False
                break
            if c == "var":
                params[seg[1:-1]] = parts[i]
            elif seg != parts[i]:
                ok = False
                break
        else:
            ok = len(segs) == len(parts)
        if not ok:
            continue
        kinds = [KIND[classify(s)] for s in segs]
        key = (classify(segs[-1]) == "greedy", kinds)
        if best is None or key < best[0]:
            best = (key, route, params)
    if best is None:
        return ("$default", {}) if "$default" in routes else None
    return best[1], best[2]
