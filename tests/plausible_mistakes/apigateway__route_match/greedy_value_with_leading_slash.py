# Plausible mistake: puts a '/' in front of the greedy value, as in the path.
# Property: no-slash-around-a-value
LITERAL, VARIABLE, GREEDY = 0, 1, 2     # lower is more specific


def split_path(path):
    return path[1:].split("/")          # "/pets/7" -> ["pets", "7"]


def kind(part):
    if part.startswith("{") and part.endswith("+}"):
        return GREEDY
    if part.startswith("{") and part.endswith("}"):
        return VARIABLE
    return LITERAL


def path_parameters(pattern, segments):
    """The path parameters if the route's path matches the segments, else None."""
    params = {}
    for i, part in enumerate(pattern):
        if kind(part) == GREEDY:
            rest = segments[i:]
            if not rest:
                return None
            params[part[1:-2]] = "/" + "/".join(rest)
            return params
        if i >= len(segments):
            return None
        if kind(part) == VARIABLE:
            params[part[1:-1]] = segments[i]
        elif part != segments[i]:
            return None
    return params if len(pattern) == len(segments) else None


def match_route(method, path, routes):
    segments = split_path(path)
    best, best_rank = None, None
    for route in routes:
        if route == "$default":
            continue
        route_method, route_path = route.split(" ", 1)
        if route_method not in (method, "ANY"):
            continue
        pattern = split_path(route_path)
        params = path_parameters(pattern, segments)
        if params is None:
            continue
        kinds = [kind(part) for part in pattern]
        # AWS's levels first: a match without a greedy variable beats every greedy one.
        # Then this exercise's tie-break: segment by segment from the left.
        rank = (GREEDY in kinds, kinds, route_method == "ANY")
        if best_rank is None or rank < best_rank:
            best, best_rank = (route, params), rank
    if best is None and "$default" in routes:
        return ("$default", {})
    return best
