# Mistake: the greedy variable's parameter is keyed with the `+` kept ("proxy+" instead of "proxy"), in the `params[seg[1:-1]]` line of the greedy branch
def match_route(method, path, routes):
    parts = path[1:].split("/")
    found = []
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m not in (method, "ANY"):
            continue
        segs = p[1:].split("/")
        params = {}
        ok = True
        greedy = False
        for i, seg in enumerate(segs):
            if seg.startswith("{") and seg.endswith("+}"):
                if i >= len(parts):
                    ok = False
                else:
                    params[seg[1:-1]] = "/".join(parts[i:])
                    greedy = True
                break
            if i >= len(parts):
                ok = False
                break
            if seg.startswith("{"):
                params[seg[1:-1]] = parts[i]
            elif seg != parts[i]:
                ok = False
                break
        if ok and not greedy and len(segs) != len(parts):
            ok = False
        if ok:
            kinds = [2 if s.endswith("+}") else 1 if s.startswith("{") else 0 for s in segs]
            found.append(((greedy, kinds), route, params))
    if found:
        found.sort(key=lambda x: x[0])
        return found[0][1], found[0][2]
    return ("$default", {}) if "$default" in routes else None
