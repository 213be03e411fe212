# --- PYODIDE:env --- #
from awsgrader import start_watchdog

start_watchdog()

# --- PYODIDE:code --- #
def match_route(method, path, routes):
    ...

# --- PYODIDE:corr --- #
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
            params[part[1:-2]] = "/".join(rest)
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

# --- PYODIDE:tests --- #
# AWS's own example ("Create routes for HTTP APIs", Routing API requests).
ROUTES = ["GET /pets/dog/1", "GET /pets/dog/{id}", "GET /pets/{proxy+}", "ANY /{proxy+}",
          "$default"]
got = match_route("GET", "/pets/dog/1", ROUTES)
assert got == ("GET /pets/dog/1", {}), f"expected ('GET /pets/dog/1', {{}}), got {got!r}"
got = match_route("GET", "/pets/dog/2", ROUTES)
assert got == ("GET /pets/dog/{id}", {"id": "2"}), (
    f"expected ('GET /pets/dog/{{id}}', {{'id': '2'}}), got {got!r}")
got = match_route("GET", "/pets/cat/1", ROUTES)
assert got == ("GET /pets/{proxy+}", {"proxy": "cat/1"}), (
    f"expected ('GET /pets/{{proxy+}}', {{'proxy': 'cat/1'}}), got {got!r}")
got = match_route("POST", "/test/5", ROUTES)
assert got == ("ANY /{proxy+}", {"proxy": "test/5"}), (
    f"expected ('ANY /{{proxy+}}', {{'proxy': 'test/5'}}), got {got!r}")
# A full match with {type} beats a greedy variable, even one after a literal.
got = match_route("GET", "/pets/cat", ["GET /{type}/cat", "GET /pets/{proxy+}"])
assert got == ("GET /{type}/cat", {"type": "pets"}), (
    f"expected ('GET /{{type}}/cat', {{'type': 'pets'}}), got {got!r}")
# No route matches and there is no $default: API Gateway answers 404.
got = match_route("GET", "/cats", ["GET /pets/{proxy+}"])
assert got is None, f"expected None, got {got!r}"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import random
    import re
    from awsgrader import check, require_function
    from awsgrader.facts import apigateway as facts

    match_route = require_function(globals(), "match_route", ["method", "path", "routes"])
    left_out = "a case the statement leaves out"

    def oracle(method, path, routes):
        # Independent of the reference: each route becomes a regular expression and a shape
        # ("a" literal, "b" {name}, "c" {name+}); the matches are sorted by AWS's level
        # (greedy or not), then by shape from the left (this exercise's tie-break). It
        # answers `left_out` for the cases the statement keeps out of the tests.
        if path == "/" or "//" in path or path.endswith("/"):
            return left_out
        found = []
        for route in routes:
            if route == "$default":
                continue
            verb, route_path = route.split(" ", 1)
            pieces, names, shape = [], [], ""
            for part in route_path.split("/")[1:]:
                if part.startswith("{") and part.endswith("+}"):
                    if re.fullmatch("".join(pieces) or "/", path):
                        return left_out     # the path before a greedy variable
                    names.append(part[1:-2])
                    pieces.append("/(.+)")
                    shape += "c"
                elif part.startswith("{"):
                    names.append(part[1:-1])
                    pieces.append("/([^/]+)")
                    shape += "b"
                else:
                    pieces.append("/" + re.escape(part))
                    shape += "a"
            if verb not in ("ANY", method):
                continue
            hit = re.fullmatch("".join(pieces), path)
            if hit:
                found.append((("c" in shape, shape), verb, route,
                              dict(zip(names, hit.groups()))))
        if not found:
            return ("$default", {}) if "$default" in routes else None
        found.sort(key=lambda item: item[0])
        if len(found) > 1 and found[0][0] == found[1][0]:
            return left_out                 # a named method and ANY on the same path
        return (found[0][2], found[0][3])

    def expect(method, path, routes, hint=None):
        expected = oracle(method, path, routes)
        assert expected != left_out, f"grader error: {method} {path} {routes} is left out"
        check(match_route, (method, path, routes), expected, hint=hint)
        if len(routes) > 1:
            check(match_route, (method, path, routes[::-1]), expected,
                  hint="The answer must not depend on the order of the routes: the best "
                       "match wins wherever it is in the list.")

    aws_says = "AWS's order: "
    ours = "This exercise's tie-break (AWS does not document it): "

    # AWS's own example API and its table of requests.
    aws = ["GET /pets/dog/1", "GET /pets/dog/{id}", "GET /pets/{proxy+}", "ANY /{proxy+}",
           "$default"]
    expect("GET", "/pets/dog/1", aws,
           hint="AWS's example: the request fully matches the static route GET /pets/dog/1.")
    expect("GET", "/pets/dog/2", aws,
           hint="AWS's example: the request fully matches GET /pets/dog/{id}.")
    expect("GET", "/pets/cat/1", aws,
           hint="AWS's example: no full match, so the GET route with a greedy variable "
                "catches it; {proxy+} takes the rest of the path, joined with '/'.")
    expect("POST", "/test/5", aws,
           hint="AWS's example: ANY matches every method you have not defined for a route.")
    expect("DELETE", "/pets/dog/1", aws, hint="GET routes do not match DELETE; ANY does.")

    # Any full match without a greedy variable, {name} included, beats every greedy route.
    expect("GET", "/pets/cat", ["GET /{type}/cat", "GET /pets/{proxy+}"],
           hint=aws_says + "a full match (here with {type}) beats every match with a greedy "
                           "variable, even /pets/{proxy+}, whose first segment is a literal.")
    expect("GET", "/pets/7", ["GET /pets/{proxy+}", "ANY /pets/{id}"],
           hint=aws_says + "ANY /pets/{id} is a full match for the route and method; it "
                           "beats the greedy GET /pets/{proxy+}.")
    expect("GET", "/pets/dog/1", ["GET /pets/dog/{proxy+}", "GET /{a}/{b}/{c}"],
           hint=aws_says + "GET /{a}/{b}/{c} is a full match; it beats a greedy route, "
                           "whatever the number of literals.")
    expect("GET", "/pets/dog/1/2", ["GET /pets/dog/{proxy+}", "GET /{a}/{b}/{c}"],
           hint="/{a}/{b}/{c} needs exactly 3 segments: only the greedy route matches.")
    expect("PUT", "/x/y/z", ["ANY /{proxy+}", "PUT /{a}/{b}/{c}", "GET /x/y/z"],
           hint=aws_says + "PUT /{a}/{b}/{c} fully matches; GET /x/y/z does not match PUT.")
    expect("GET", "/users/42", ["GET /{proxy+}", "ANY /users/{id}", "GET /users/{id}/more/{x+}"],
           hint=aws_says + "ANY /users/{id} is the only full match.")
    # $default is the last level; no match at all gives None (404).
    expect("GET", "/pets/7/toys", ["GET /pets/{id}", "$default"],
           hint="GET /pets/{id} takes one segment only: $default catches the request.")
    expect("GET", "/pets/7/toys", ["$default", "ANY /{proxy+}"],
           hint=aws_says + "a route with a greedy variable beats $default.")
    expect("GET", "/anything/at/all", ["$default"],
           hint="$default catches what no other route matches: ('$default', {}).")
    expect("GET", "/pets", ["$default", "GET /pets"],
           hint="$default is the last resort: a matching route always beats it.")
    expect("GET", "/pets", [], hint="No routes: None (API Gateway answers 404).")
    expect("GET", "/pets", ["POST /pets"], hint="No route for GET /pets and no $default: "
                                                "None (API Gateway answers 404).")
    expect("OPTIONS", "/pets", ["GET /pets", "POST /pets"], hint="No route matches: None.")
    expect("PATCH", "/pets", ["ANY /pets", "GET /pets", "POST /pets"],
           hint="ANY matches PATCH, which no other route defines.")
    expect("GET", "/cats", ["GET /pets/{proxy+}"],
           hint="cats is not pets: no route matches, and there is no $default: None.")

    # Two matches at the same level: this exercise's tie-break, from the left.
    expect("GET", "/x/b/c", ["GET /{a}/b/c", "GET /x/{b}/{c}"],
           hint=ours + "compare from the left: 'x' beats {a} at the first segment, even if "
                       "the other route has more literals.")
    expect("GET", "/pets/7", ["GET /{kind}/7", "GET /pets/{id}"],
           hint=ours + "at the first segment the literal 'pets' beats {kind}.")
    expect("GET", "/a/b/c", ["ANY /a/{p+}", "ANY /a/b/{q+}"],
           hint=ours + "both are greedy; at the second segment the literal 'b' beats {p+}.")
    expect("GET", "/a/x/y", ["ANY /a/{p+}", "ANY /a/{b}/{q+}"],
           hint=ours + "both are greedy; at the second segment {b} beats {p+}.")
    expect("GET", "/a/c/d", ["ANY /a/{p+}", "ANY /a/b/{q+}"],
           hint="'c' is not 'b': only /a/{p+} matches.")
    expect("GET", "/pets/7/toys", ["GET /pets/{proxy+}", "GET /pets/{id}/toys"],
           hint=aws_says + "/pets/{id}/toys is a full match; it beats the greedy route.")

    # Path parameters.
    expect("GET", "/users/42/orders/7", ["GET /users/{userId}/orders/{orderId}"],
           hint="Each {name} gets its own segment, as a string.")
    expect("GET", "/files/2024/report.pdf", ["ANY /files/{path+}"],
           hint="The parameter is named after the variable, without the '+'.")
    expect("GET", "/x/y/z", ["GET /{first}/{rest+}"],
           hint="{first} takes one segment, {rest+} the others, joined with '/'.")
    expect("GET", "/pets", ["GET /pets", "GET /{proxy+}"],
           hint="A route without variables has no path parameters: {}.")
    expect("GET", "/pets/7", ["GET /pets/{id}"], hint="Values are strings: '7', not 7.")
    expect("GET", "/pets/a/b/c/d", ["GET /pets/{proxy+}"],
           hint="A greedy variable takes every remaining segment.")

    # A full API: the default quota of routes.
    many = [f"GET /v{i}/items/{{id}}" for i in range(facts.HTTP_ROUTES_PER_API - 2)]
    many += ["ANY /{proxy+}", "GET /v7/items/special"]
    expect("GET", "/v7/items/special", many,
           hint=f"{len(many)} routes: the static route wins, as in AWS's example.")
    expect("GET", "/v9/items/9", many, hint=f"{len(many)} routes: a full match with {{id}}.")
    expect("GET", "/v9/other", many, hint=f"{len(many)} routes: only ANY /{{proxy+}} matches.")

    # Random APIs and requests against the oracle, away from the cases left out. Most
    # routes are drawn near the request's path, so that several of them match.
    rng = random.Random(20261130)
    words = ["pets", "dog", "7", "v1"]
    done = 0
    while done < 120:
        segments = [rng.choice(words + ["cat"]) for _ in range(rng.randint(1, 4))]
        method = rng.choice(["GET", "POST", "PUT"])
        shapes, routes = set(), []
        for _ in range(rng.randint(1, 8)):
            near = rng.random() < 0.7
            parts = []
            for i in range(rng.randint(1, 4)):
                choice = rng.random()
                if choice < 0.45:
                    parts.append(segments[i] if near and i < len(segments)
                                 else rng.choice(words))
                elif choice < 0.78:
                    parts.append("{" + rng.choice(["id", "name", "x"]) + str(i) + "}")
                else:
                    parts.append("{" + rng.choice(["proxy", "rest"]) + "+}")
                    break
            verb = rng.choice(["GET", "POST", "ANY", method])
            shape = (verb, tuple(p if not p.startswith("{") else p.endswith("+}")
                                 for p in parts))
            if shape not in shapes:
                shapes.add(shape)
                routes.append(verb + " /" + "/".join(parts))
        if rng.random() < 0.3:
            routes.insert(rng.randint(0, len(routes)), "$default")
        path = "/" + "/".join(segments)
        expected = oracle(method, path, routes)
        if expected == left_out:
            continue
        check(match_route, (method, path, routes), expected)
        done += 1


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
