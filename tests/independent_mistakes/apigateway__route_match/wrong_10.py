# Mistake: the greedy parameter is joined with its leading slash ("/cat/1" instead of "cat/1"): `"/" + "/".join(...)` in the greedy branch
def match_route(method, path, routes):
    parts = path[1:].split("/")
    options = []
    for route in routes:
        if route == "$default":
            continue
        verb, route_path = route.split(" ", 1)
        if verb not in (method, "ANY"):
            continue
        segs = route_path[1:].split("/")
        params = {}
        good = True
        for i, seg in enumerate(segs):
            if seg.endswith("+}"):
                if i >= len(parts):
                    good = False
                else:
                    params[seg[1:-2]] = "/" + "/".join(parts[i:])
                break
            if i >= len(parts):
                good = False
                break
            if seg.startswith("{"):
                params[seg[1:-1]] = parts[i]
            elif seg != parts[i]:
                good = False
                break
        else:
            good = len(segs) == len(parts)
        if good:
            kinds = tuple(2 if s.endswith("+}") else 1 if s.startswith("{") else 0 for s in segs)
            options.append(((kinds[-1] == 2, kinds), route, params))
    if options:
        best = min(options, key=lambda o: o[0])
        return (best[1], best[2])
    return ("$default", {}) if "$default" in routes else None
