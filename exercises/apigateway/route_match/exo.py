# --- PYODIDE:env --- #
from awsgrader import start_watchdog

start_watchdog()

# --- PYODIDE:code --- #
def match_route(method, path, routes):
    ...

# --- PYODIDE:corr --- #
LITERAL, VARIABLE, GREEDY = 0, 1, 2     # lower is more specific


def split_path(path):
    return [] if path == "/" else path[1:].split("/")


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
    if "" not in segments:      # an empty segment matches no route
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
            rank = ([kind(part) for part in pattern], route_method == "ANY")
            if best_rank is None or rank < best_rank:
                best, best_rank = (route, params), rank
    if best is None and "$default" in routes:
        return ("$default", {})
    return best

# --- PYODIDE:tests --- #
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
got = match_route("GET", "/", ROUTES)
assert got == ("$default", {}), f"expected ('$default', {{}}), got {got!r}"
got = match_route("GET", "/pets", ["GET /pets/{proxy+}"])
assert got is None, f"expected None, got {got!r}"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import random
    import re
    from awsgrader import check, require_function
    from awsgrader.facts import apigateway as facts

    match_route = require_function(globals(), "match_route", ["method", "path", "routes"])

    def oracle(method, path, routes):
        # Independent of the reference: each route becomes a regular expression, and the
        # candidates are sorted by a specificity key.
        candidates = []
        for route in routes:
            if route == "$default":
                continue
            route_method, route_path = route.split(" ", 1)
            if route_method != "ANY" and route_method != method:
                continue
            regex, names, rank = "", [], []
            for part in route_path.strip("/").split("/") if route_path != "/" else []:
                if part.endswith("+}"):
                    names.append(part[1:-2])
                    regex += r"/([^/]+(?:/[^/]+)*)"
                    rank.append("c")
                elif part.startswith("{"):
                    names.append(part[1:-1])
                    regex += r"/([^/]+)"
                    rank.append("b")
                else:
                    regex += "/" + re.escape(part)
                    rank.append("a")
            found = re.fullmatch(regex or "/", path)
            if found:
                key = ("".join(rank), route_method == "ANY")
                candidates.append((key, route, dict(zip(names, found.groups()))))
        if candidates:
            _, route, params = min(candidates, key=lambda c: c[0])
            return (route, params)
        return ("$default", {}) if "$default" in routes else None

    def expect(method, path, routes, hint=None):
        expected = oracle(method, path, routes)
        check(match_route, (method, path, routes), expected, hint=hint)
        if len(routes) > 1:
            check(match_route, (method, path, routes[::-1]), expected,
                  hint="The answer must not depend on the order of the routes: the most "
                       "specific route wins wherever it is in the list.")

    aws = ["GET /pets/dog/1", "GET /pets/dog/{id}", "GET /pets/{proxy+}", "ANY /{proxy+}",
           "$default"]
    expect("GET", "/pets/dog/1", aws, hint="A full literal match is the most specific.")
    expect("GET", "/pets/dog/2", aws, hint="A literal beats {name}, which beats {name+}.")
    expect("GET", "/pets/cat/1", aws, hint="{proxy+} takes the rest of the path, joined "
                                           "with '/'.")
    expect("POST", "/test/5", aws, hint="ANY matches every method.")
    expect("DELETE", "/pets/dog/1", aws, hint="GET routes do not match DELETE; ANY does.")
    expect("GET", "/", aws, hint="/ has no segment: {proxy+} needs at least one, so only "
                                 "$default catches it.")
    # Specificity, segment by segment from the left.
    expect("GET", "/pets/7", ["GET /pets/{proxy+}", "GET /pets/{id}"],
           hint="{name} beats {name+}.")
    expect("GET", "/pets/7", ["GET /{kind}/7", "GET /pets/{id}"],
           hint="Compare from the left: at the first segment the literal 'pets' beats "
                "{kind}.")
    expect("GET", "/x/b/c", ["GET /{a}/b/c", "GET /x/{b}/{c}"],
           hint="Compare from the left, not by counting literals: 'x' beats {a} at the "
                "first segment, even if the other route has more literals.")
    expect("GET", "/a/b/c", ["ANY /a/{p+}", "ANY /a/b/{q+}"],
           hint="At the second segment the literal 'b' beats {p+}.")
    expect("GET", "/a/c/d", ["ANY /a/{p+}", "ANY /a/b/{q+}"],
           hint="'c' is not 'b': only /a/{p+} matches.")
    expect("GET", "/a/b", ["ANY /a/{p+}", "ANY /a/b/{q+}"],
           hint="/a/b/{q+} needs at least one segment after b.")
    expect("GET", "/pets/7/toys", ["GET /pets/{proxy+}", "GET /pets/{id}/toys"],
           hint="{id} beats {proxy+} at the second segment.")
    expect("GET", "/pets/7", ["GET /pets/{proxy+}", "ANY /pets/{id}"],
           hint="The path decides first: ANY /pets/{id} is more specific than "
                "GET /pets/{proxy+}. The method only breaks ties.")
    expect("GET", "/users/42", ["GET /{proxy+}", "ANY /users/{id}", "ANY /{a}/{b}"],
           hint="The path decides first; then a named method beats ANY.")
    # ANY against a named method, on the same path.
    expect("GET", "/pets/7", ["ANY /pets/{id}", "GET /pets/{id}"],
           hint="Same path: GET beats ANY.")
    expect("POST", "/pets/7", ["ANY /pets/{id}", "GET /pets/{id}"],
           hint="GET does not match POST; ANY does.")
    expect("PATCH", "/pets", ["ANY /pets", "GET /pets", "POST /pets"],
           hint="ANY matches PATCH too.")
    expect("GET", "/pets", ["POST /pets"], hint="No route for GET /pets and no $default: "
                                                "None (API Gateway answers 404).")
    # Path parameters.
    expect("GET", "/users/42/orders/7", ["GET /users/{userId}/orders/{orderId}"],
           hint="Each {name} gets its own segment, as a string.")
    expect("GET", "/files/2024/report.pdf", ["ANY /files/{path+}"],
           hint="The parameter is named after the variable, without the '+'.")
    expect("GET", "/x/y/z", ["GET /{first}/{rest+}"],
           hint="{first} takes one segment, {rest+} the others.")
    expect("GET", "/pets", ["GET /pets", "GET /{proxy+}"],
           hint="A literal route has no path parameters: {}.")
    expect("GET", "/pets/7", ["GET /pets/{id}"], hint="Values are strings: '7', not 7.")
    # Greedy needs one or more segments.
    expect("GET", "/pets", ["GET /pets/{proxy+}"],
           hint="{proxy+} needs at least one segment: /pets does not match /pets/{proxy+}.")
    expect("GET", "/pets", ["GET /pets/{proxy+}", "$default"],
           hint="/pets does not match /pets/{proxy+}, so $default catches it.")
    expect("GET", "/pets/a/b/c/d", ["GET /pets/{proxy+}"])
    # The root path.
    expect("GET", "/", ["GET /", "ANY /{proxy+}"], hint="The route 'GET /' matches the path /.")
    expect("GET", "/pets", ["GET /", "ANY /{proxy+}"],
           hint="'GET /' matches only the path /.")
    expect("POST", "/", ["GET /", "ANY /{proxy+}"],
           hint="POST / : GET / does not match the method, and {proxy+} needs a segment.")
    # Empty segments.
    trailing = ["GET /pets", "GET /pets/{id}", "ANY /pets/{proxy+}"]
    expect("GET", "/pets/", trailing,
           hint="A trailing slash makes an empty segment: no route matches it.")
    expect("GET", "/pets/", trailing + ["$default"],
           hint="A path with an empty segment is only caught by $default.")
    expect("GET", "/pets//7", trailing, hint="'//' makes an empty segment: no route matches.")
    expect("GET", "//", ["ANY /{proxy+}", "GET /"], hint="'//' has empty segments.")
    # $default.
    expect("GET", "/anything/at/all", ["$default"],
           hint="$default catches what no other route matches: ('$default', {}).")
    expect("GET", "/pets", ["$default", "GET /pets"],
           hint="$default is a catch-all: a matching route always beats it.")
    expect("GET", "/pets", [], hint="No routes: None.")
    expect("OPTIONS", "/pets", ["GET /pets", "POST /pets"], hint="No route matches: None.")

    # A full API: the default quota of routes.
    many = [f"GET /v{i}/items/{{id}}" for i in range(facts.HTTP_ROUTES_PER_API - 2)]
    many += ["ANY /{proxy+}", "GET /v7/items/special"]
    expect("GET", "/v7/items/special", many, hint=f"{len(many)} routes: the literal wins.")

    # Random APIs and requests against the oracle.
    rng = random.Random(20261126)
    words = ["pets", "dog", "7", "v1"]
    for _ in range(100):
        shapes, routes = set(), []
        for _ in range(rng.randint(1, 7)):
            parts = []
            for i in range(rng.randint(0, 3)):
                choice = rng.random()
                if choice < 0.55:
                    parts.append(rng.choice(words))
                elif choice < 0.8:
                    parts.append("{" + rng.choice(["id", "name", "x"]) + str(i) + "}")
                else:
                    parts.append("{" + rng.choice(["proxy", "rest"]) + "+}")
                    break
            route_method = rng.choice(["GET", "GET", "POST", "ANY"])
            shape = (route_method, tuple(p if not p.startswith("{") else p.endswith("+}")
                                         for p in parts))
            if shape not in shapes:
                shapes.add(shape)
                routes.append(route_method + " /" + "/".join(parts))
        if rng.random() < 0.3:
            routes.insert(rng.randint(0, len(routes)), "$default")
        path = "/" + "/".join(rng.choice(words + ["cat"]) for _ in range(rng.randint(0, 4)))
        if rng.random() < 0.1:
            path += "/"
        method = rng.choice(["GET", "POST", "PUT"])
        check(match_route, (method, path, routes), oracle(method, path, routes))


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
