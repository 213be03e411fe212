# Mistake: at the same level the winner is the route with the most literal segments (`literals = sum(...)`), instead of comparing segment by segment from the left
def match_route(method, path, routes):
    parts = path[1:].split("/")
    candidates = []
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
            if seg.endswith("+}"):
                ok = i < len(parts)
                params[seg[1:-2]] = "/".join(parts[i:])
                break
            if i >= len(parts):
                ok = False
                break
            if seg.startswith("{"):
                params[seg[1:-1]] = parts[i]
            elif seg != parts[i]:
                ok = False
                break
        else:
            ok = len(segs) == len(parts)
        if ok:
            greedy = segs[-1].endswith("+}")
            literals = sum(1 for s in segs if not s.startswith("{"))
            candidates.append((greedy, -literals, route, params))
    if not candidates:
        return ("$default", {}) if "$default" in routes else None
    candidates.sort(key=lambda c: (c[0], c[1]))
    return candidates[0][2], candidates[0][3]
