# Correct, written another way: the routes become a tree of path segments, walked depth
# first with the children tried literal first, then {name}, then {name+}; the first full
# match found without a greedy variable wins, else the first greedy one.
def build(routes):
    tree = {}
    for route in routes:
        if route == "$default":
            continue
        verb, route_path = route.split(" ", 1)
        node = tree
        for part in route_path.split("/")[1:]:
            node = node.setdefault("children", {}).setdefault(part, {})
        node.setdefault("verbs", {})[verb] = route
    return tree


def order(part):
    if part.startswith("{") and part.endswith("+}"):
        return 2
    return 1 if part.startswith("{") else 0


def walk(node, segments, method, params, greedy_ok):
    if not segments:
        verbs = node.get("verbs", {})
        route = verbs.get(method) or verbs.get("ANY")
        return (route, dict(params)) if route else None
    for part in sorted(node.get("children", {}), key=order):
        child = node["children"][part]
        kind = order(part)
        if kind == 2:
            if not greedy_ok:
                continue
            verbs = child.get("verbs", {})
            route = verbs.get(method) or verbs.get("ANY")
            if route:
                return (route, {**params, part[1:-2]: "/".join(segments)})
            continue
        if kind == 0 and part != segments[0]:
            continue
        extra = {part[1:-1]: segments[0]} if kind == 1 else {}
        found = walk(child, segments[1:], method, {**params, **extra}, greedy_ok)
        if found:
            return found
    return None


def match_route(method, path, routes):
    tree = build(routes)
    segments = path.split("/")[1:]
    found = walk(tree, segments, method, {}, False) or walk(tree, segments, method, {}, True)
    if found:
        return found
    return ("$default", {}) if "$default" in routes else None
