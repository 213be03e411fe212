# Correct, written another way: a recursive matcher, two passes (routes without a greedy
# variable, then the greedy ones), and a pairwise "more specific than" comparison.
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
    if not segments:
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
    return method_a != "ANY" and method_b == "ANY"


def best_of(method, segments, routes):
    best = None
    for route in routes:
        route_method, route_path = route.split(" ", 1)
        if route_method != method and route_method != "ANY":
            continue
        parts = route_path.split("/")[1:]
        params = match(parts, segments)
        if params is not None:
            candidate = ((route_method, parts), route, params)
            if best is None or more_specific(candidate[0], best[0]):
                best = candidate
    return (best[1], best[2]) if best else None


def match_route(method, path, routes):
    segments = path.split("/")[1:]
    others = [r for r in routes if r != "$default"]
    full = [r for r in others if "+}" not in r]
    greedy = [r for r in others if "+}" in r]
    found = best_of(method, segments, full) or best_of(method, segments, greedy)
    if found:
        return found
    return ("$default", {}) if "$default" in routes else None
