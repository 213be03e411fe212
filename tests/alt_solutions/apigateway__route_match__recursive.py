# Correct, written another way: a recursive matcher, and a pairwise "more specific than"
# comparison instead of a sort key.
SPECIFICITY = {"literal": 3, "variable": 2, "greedy": 1}


def part_kind(part):
    if part[:1] == "{" and part[-2:] == "+}":
        return "greedy"
    if part[:1] == "{" and part[-1:] == "}":
        return "variable"
    return "literal"


def match(parts, segments):
    if not parts:
        return {} if not segments else None
    first, kind = parts[0], part_kind(parts[0])
    if kind == "greedy":
        return {first[1:-2]: "/".join(segments)} if segments else None
    if not segments or segments[0] == "":
        return None
    if kind == "literal" and first != segments[0]:
        return None
    rest = match(parts[1:], segments[1:])
    if rest is None:
        return None
    if kind == "variable":
        rest = {first[1:-1]: segments[0], **rest}
    return rest


def more_specific(a, b):
    (method_a, parts_a), (method_b, parts_b) = a, b
    for pa, pb in zip(parts_a, parts_b):
        sa, sb = SPECIFICITY[part_kind(pa)], SPECIFICITY[part_kind(pb)]
        if sa != sb:
            return sa > sb
    if len(parts_a) != len(parts_b):
        return len(parts_a) > len(parts_b)
    return method_a != "ANY" and method_b == "ANY"


def match_route(method, path, routes):
    segments = path.split("/")[1:] if path != "/" else []
    if any(s == "" for s in segments):
        segments = None
    best = None
    for route in routes:
        if route == "$default" or segments is None:
            continue
        route_method, route_path = route.split(" ", 1)
        if route_method != method and route_method != "ANY":
            continue
        parts = route_path.split("/")[1:] if route_path != "/" else []
        params = match(parts, segments)
        if params is not None:
            candidate = ((route_method, parts), route, params)
            if best is None or more_specific(candidate[0], best[0]):
                best = candidate
    if best:
        return best[1], best[2]
    return ("$default", {}) if "$default" in routes else None
