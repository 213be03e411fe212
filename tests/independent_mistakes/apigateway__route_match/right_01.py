# Right: plain loops with a helper named `check` that matches one route, and a sort key of segment kinds
def check(route_segments, request_segments):
    """Return the path parameters if the route's segments match the request, else None."""
    params = {}
    for i, seg in enumerate(route_segments):
        if seg.startswith("{") and seg.endswith("+}"):
            rest = request_segments[i:]
            if not rest:
                return None
            params[seg[1:-2]] = "/".join(rest)
            return params
        if i >= len(request_segments):
            return None
        if seg.startswith("{") and seg.endswith("}"):
            params[seg[1:-1]] = request_segments[i]
        elif seg != request_segments[i]:
            return None
    if len(route_segments) != len(request_segments):
        return None
    return params


def kind(seg):
    if seg.startswith("{") and seg.endswith("+}"):
        return 2
    if seg.startswith("{"):
        return 1
    return 0


def match_route(method, path, routes):
    request_segments = path.strip("/").split("/")
    best = None
    has_default = False
    for route in routes:
        if route == "$default":
            has_default = True
            continue
        route_method, route_path = route.split(" ", 1)
        if route_method not in (method, "ANY"):
            continue
        segs = route_path.strip("/").split("/")
        params = check(segs, request_segments)
        if params is None:
            continue
        kinds = tuple(kind(s) for s in segs)
        key = (2 in kinds, kinds)
        if best is None or key < best[0]:
            best = (key, route, params)
    if best is not None:
        return (best[1], best[2])
    if has_default:
        return ("$default", {})
    return None
