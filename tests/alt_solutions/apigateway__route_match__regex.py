# Correct, written another way: one regular expression per route, the best match chosen by
# sorting on a key: greedy or not (AWS's levels), then the shape from the left.
import re


def compile_route(route_path):
    regex, names, key = "", [], ""
    for part in route_path.split("/")[1:]:
        if part.startswith("{") and part.endswith("+}"):
            names.append(part[1:-2])
            regex += "/(.+)"
            key += "3"
        elif part.startswith("{"):
            names.append(part[1:-1])
            regex += "/([^/]+)"
            key += "2"
        else:
            regex += "/" + re.escape(part)
            key += "1"
    return re.compile(regex), names, key


def match_route(method, path, routes):
    found = []
    for route in routes:
        if route == "$default":
            continue
        verb, route_path = route.split(" ", 1)
        if verb not in ("ANY", method):
            continue
        regex, names, key = compile_route(route_path)
        m = regex.fullmatch(path)
        if m:
            found.append((("3" in key, key, verb == "ANY"), route, dict(zip(names, m.groups()))))
    if not found:
        return ("$default", {}) if "$default" in routes else None
    found.sort(key=lambda item: item[0])
    return (found[0][1], found[0][2])
