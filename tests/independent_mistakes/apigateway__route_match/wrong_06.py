# Mistake: among matches of the same level it keeps the first one in the order of `routes` (the `break` after the first full match), so the answer depends on the order of the list
def helper(segs, parts):
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
    full = None
    greedy = None
    for route in routes:
        if route == "$default":
            continue
        m, p = route.split(" ", 1)
        if m not in (method, "ANY"):
            continue
        segs = p[1:].split("/")
        params = helper(segs, parts)
        if params is None:
            continue
        if segs[-1].endswith("+}"):
            if greedy is None:
                greedy = (route, params)
        else:
            full = (route, params)
            break
    if full:
        return full
    if greedy:
        return greedy
    return ("$default", {}) if "$default" in routes else None
