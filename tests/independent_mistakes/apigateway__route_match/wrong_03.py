# Mistake: a greedy variable `{proxy+}` is treated like `{name}` and takes exactly one segment, so `/pets/{proxy+}` does not match `/pets/cat/1` (the length check in `parse` does not allow the greedy tail)
def parse(route):
    method, path = route.split(" ", 1)
    return method, path[1:].split("/")


def match_route(method, path, routes):
    parts = path[1:].split("/")
    matches = []
    for route in routes:
        if route == "$default":
            continue
        m, segs = parse(route)
        if m != method and m != "ANY":
            continue
        if len(segs) != len(parts):
            continue
        params = {}
        for seg, part in zip(segs, parts):
            if seg.startswith("{"):
                params[seg.strip("{}").rstrip("+")] = part
            elif seg != part:
                break
        else:
            greedy = segs[-1].endswith("+}")
            kinds = [2 if s.endswith("+}") else 1 if s.startswith("{") else 0 for s in segs]
            matches.append(((greedy, kinds), route, params))
    if matches:
        _, route, params = min(matches, key=lambda x: x[0])
        return route, params
    if "$default" in routes:
        return "$default", {}
    return None
