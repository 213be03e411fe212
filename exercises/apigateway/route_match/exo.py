# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog

start_watchdog()


@grading_code
def _route_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector
    # recomputes the answer under its mistake (a variant of a small model of the rules) and
    # speaks only when that gives exactly the learner's value.
    def matches(method, path, routes):
        # (index in the list, method, route, segment kinds, parameters) of each match;
        # kinds: 0 literal, 1 {name}, 2 {name+}.
        segments = path[1:].split("/")
        found = []
        for index, route in enumerate(routes):
            if route == "$default":
                continue
            verb, route_path = route.split(" ", 1)
            if verb not in (method, "ANY"):
                continue
            parts = route_path[1:].split("/")
            kinds, params = [], {}
            for i, part in enumerate(parts):
                if part.endswith("+}"):
                    if i < len(segments):
                        kinds.append(2)
                        params[part[1:-2]] = "/".join(segments[i:])
                    break
                if i >= len(segments):
                    break
                if part.startswith("{"):
                    kinds.append(1)
                    params[part[1:-1]] = segments[i]
                elif part == segments[i]:
                    kinds.append(0)
                else:
                    break
            if len(kinds) == len(parts) and (2 in kinds or len(parts) == len(segments)):
                found.append((index, verb, route, kinds, params))
        return found

    orders = {
        "aws": lambda m: (2 in m[3], m[3], m[1] == "ANY"),
        "left": lambda m: (m[3], m[1] == "ANY"),
        "literals": lambda m: (-m[3].count(0), m[3].count(2), m[1] == "ANY"),
        "list": lambda m: m[0],
        "level_list": lambda m: (2 in m[3], m[0]),
        "method_first": lambda m: (m[1] == "ANY", 2 in m[3], m[3]),
        "any_first": lambda m: (m[1] != "ANY", 2 in m[3], m[3]),
    }

    def model(method, path, routes, order="aws", default="last", plus=False,
              one_segment=False, no_any=False):
        found = matches(method, path, routes)
        if no_any:                  # ANY taken as a method of its own
            found = [m for m in found if m[1] != "ANY"]
        if one_segment:             # {name+} taken as {name}: exactly one segment
            found = [m for m in found if len(m[3]) == len(path[1:].split("/"))]
        best = min(found, key=orders[order]) if found else None
        if best is not None and default == "before_greedy" and 2 in best[3]:
            best = None if "$default" in routes else best
        if best is None:
            if default == "always" or (default != "never" and "$default" in routes):
                return ("$default", {})
            return None
        params = best[4]
        if plus:
            params = {k + "+" if "{" + k + "+}" in best[2] else k: v for k, v in params.items()}
        return (best[2], params)

    def under(*probes, **mistake):
        # The mistake gives exactly the learner's value here, AND the learner's function
        # gives the mistake's answer on each probe, small inputs where this mistake differs
        # from the rules (on one of them at least) and from every other mistake: several
        # calls, one explanation.
        def detect(case):
            if not case.returned or case.got == case.expected:
                return False
            if model(*case.args, **mistake) != case.got:
                return False
            shows = False
            for probe in probes:
                wrong = model(*probe, **mistake)
                if case.probe(*probe) != ("ok", wrong):
                    return False
                shows = shows or wrong != model(*probe)
            return shows
        # For tests/test_messages.py: each other mistake differs from this one on a probe.
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def either(*detectors):
        def detect(case):
            return any(part(case) for part in detectors)
        detect.parts = detectors
        return detect

    def route_of(value):
        if isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[0], str):
            return value[0]
        return None

    def match_of(case, route):
        for m in matches(*case.args):
            if m[2] == route:
                return m
        return None

    def greedy_won(case):
        got, exp = match_of(case, route_of(case.got)), match_of(case, route_of(case.expected))
        return bool(got and exp and 2 in got[3] and 2 not in exp[3])

    def same_level_lost(case):
        got, exp = match_of(case, route_of(case.got)), match_of(case, route_of(case.expected))
        return bool(got and exp and got[2] != exp[2] and (2 in got[3]) == (2 in exp[3]))

    def not_a_match(case):
        route = route_of(case.got)
        return (route is not None and route != "$default" and route in case.args[2]
                and match_of(case, route) is None)

    def right_in_reverse(case):
        # The same request with the routes in the reverse order gets the right answer.
        method, path, routes = case.args
        return (len(routes) > 1 and case.got != case.expected
                and case.probe(method, path, routes[::-1]) == ("ok", case.expected))

    def same_route(case):
        got, exp = case.got, case.expected
        return (isinstance(got, tuple) and len(got) == 2 and isinstance(exp, tuple)
                and got[0] == exp[0] and isinstance(got[1], dict))

    def params_not_strings(case):
        return (same_route(case) and case.got[1] != case.expected[1]
                and {k: str(v) for k, v in case.got[1].items()} == case.expected[1])

    def greedy_not_joined(case):
        return (same_route(case) and case.got[1] != case.expected[1]
                and {k: "/".join(v) if isinstance(v, (list, tuple)) else v
                     for k, v in case.got[1].items()} == case.expected[1])

    def params_with_slashes(case):
        if not same_route(case) or case.got[1] == case.expected[1]:
            return False
        got = case.got[1]
        if {k: v.strip("/") if isinstance(v, str) else v
                for k, v in got.items()} != case.expected[1]:
            return False
        key = next(k for k in got if got[k] != case.expected[1][k])
        return f"your {key!r} is {got[key]!r}"

    def params_differ(case):
        return same_route(case) and case.got[1] != case.expected[1]

    def not_a_tuple(case):
        return isinstance(case.got, list) and tuple(case.got) == case.expected

    return Diagnosis(
        Property("result-is-a-tuple", "the answer is a tuple (route, parameters), or None",
                 "Return a tuple, not a list: (route, params).", not_a_tuple),
        Property("specificity-is-not-a-count",
                 "routes are ranked by AWS's levels, then segment by segment from the left, "
                 "not by how many literals they have",
                 "Your function prefers the route with more literal segments (it also picks "
                 "GET /{x}/b/c over GET /a/{y}/{z} for /a/b/c): compare the levels, then the "
                 "segments from the left, instead of counting.",
                 under(("GET", "/a/b/c", ["GET /a/{y}/{z}", "GET /{x}/b/c"]),
                       order="literals")),
        Property("best-match-not-list-order",
                 "the best match wins wherever it is in the list of routes",
                 "Your function returns the first matching route of the list (it also picks "
                 "ANY /{p+} before GET /a/b for /a/b): look at every route and keep the best.",
                 under(("GET", "/a/b", ["ANY /{p+}", "GET /a/b"]),
                       ("GET", "/a/b", ["GET /{p+}", "ANY /a/b"]), order="list")),
        Property("path-before-method",
                 "the paths are compared before a named method and ANY",
                 "Your function compares the methods (a named one against ANY) before the "
                 "paths: for GET /a/b it also picks the greedy route of the preferred method "
                 "over the full match /a/{b}. Rank the paths first.",
                 either(under(("GET", "/a/b", ["GET /a/{p+}", "ANY /a/{b}"]),
                              ("GET", "/a/b", ["ANY /a/{b}", "GET /a/{p+}"]),
                              ("PATCH", "/a", ["ANY /a"]), order="method_first"),
                        under(("GET", "/a/b", ["ANY /a/{p+}", "GET /a/{b}"]),
                              ("GET", "/a/b", ["GET /a/{b}", "ANY /a/{p+}"]),
                              order="any_first"))),
        Property("any-matches-every-method",
                 "a route with the method ANY matches every method",
                 "Your function never matches an ANY route (it also finds nothing for PATCH "
                 "/a with ANY /a): ANY matches the methods that no other route defines.",
                 under(("PATCH", "/a", ["ANY /a"]), no_any=True)),
        Property("greedy-takes-one-or-more",
                 "{name+} matches one or more remaining segments",
                 "Your function lets a greedy variable take exactly one segment (it also "
                 "finds no route for GET /a/b with GET /{p+}): {proxy+} takes all the "
                 "remaining segments.",
                 under(("GET", "/a/b", ["GET /{p+}"]), one_segment=True)),
        Property("default-is-last-resort",
                 "$default matches only when no other route does, greedy routes included",
                 "Your function answers $default although a route with a greedy variable "
                 "matches: that route wins.",
                 under(("GET", "/a", ["GET /{p+}", "$default"]), default="before_greedy")),
        Property("default-when-nothing-matches",
                 "when no route matches, $default catches the request if there is one",
                 "Your function answers None although the routes include $default: return "
                 "('$default', {}).",
                 under(("GET", "/a", ["$default"]), default="never")),
        Property("none-without-default",
                 "when no route matches and there is no $default, the answer is None",
                 "Your function answers ('$default', {}) although the routes have no "
                 "$default: return None (API Gateway answers {\"message\":\"Not Found\"}).",
                 under(("GET", "/a", []), default="always")),
        Property("parameter-name-without-plus",
                 "a greedy variable's parameter is named without the braces and the '+'",
                 "Your parameter keeps the '+': {proxy+} gives the key 'proxy'.",
                 under(("GET", "/a/b", ["GET /{p+}"]), plus=True)),
        Property("greedy-joined-with-slash",
                 "a greedy variable's value is the rest of the path joined with '/'",
                 "Your greedy value is a list: join the segments with '/'.",
                 greedy_not_joined),
        Property("parameters-are-strings",
                 "path parameters are strings, as they appear in the path",
                 "Keep each parameter as the string from the path: '7', not 7.",
                 params_not_strings),
        Property("no-slash-around-a-value",
                 "a parameter's value has no '/' at its start or end",
                 "A value starts and ends with a segment: {proxy+} gives the remaining "
                 "segments with '/' only between them ('cat/1' for /pets/cat/1 and "
                 "/pets/{proxy+}).", params_with_slashes),
        Property("route-matches-request",
                 "the route returned matches the request: its method is the request's or "
                 "ANY, and its path matches segment by segment",
                 "The route you returned does not match this request: check the method (or "
                 "ANY) and each segment ({name} takes one, {name+} one or more).",
                 not_a_match),
        Property("full-match-beats-greedy",
                 "a full match without a greedy variable, {name} included, beats every route "
                 "with a greedy variable (AWS's order)",
                 "A route with a greedy variable won here over a route that matches without "
                 "one: rank first by 'has a greedy variable', whatever the literals.",
                 greedy_won),
        Property("tie-break-from-the-left",
                 "two matches at the same level are compared segment by segment from the "
                 "left: a literal beats {name}, which beats {name+}",
                 "Both routes match at the same level (both with, or both without, a greedy "
                 "variable): compare their segments from the left; the first difference "
                 "decides.",
                 same_level_lost),
        Property("order-independent",
                 "the answer does not depend on the order of the routes",
                 "With the same routes in the reverse order, your function gives the right "
                 "answer: keep the best match wherever it is in the list.",
                 right_in_reverse),
        Property("path-parameters",
                 "each {name} gets its own segment and {name+} the rest of the path",
                 "The route is right, the parameters are not: see the difference above.",
                 params_differ),
    )


_ROUTE_MISTAKES = _route_mistakes()
check, check_raises = bound_check(_ROUTE_MISTAKES)
del _route_mistakes

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
check(match_route, ("GET", "/pets/dog/1", ROUTES), ("GET /pets/dog/1", {}))
check(match_route, ("GET", "/pets/dog/2", ROUTES), ("GET /pets/dog/{id}", {"id": "2"}))
check(match_route, ("GET", "/pets/cat/1", ROUTES), ("GET /pets/{proxy+}", {"proxy": "cat/1"}))
check(match_route, ("POST", "/test/5", ROUTES), ("ANY /{proxy+}", {"proxy": "test/5"}))
# A full match with {type} beats a greedy variable, even one after a literal.
check(match_route, ("GET", "/pets/cat", ["GET /{type}/cat", "GET /pets/{proxy+}"]),
      ("GET /{type}/cat", {"type": "pets"}))
# No route matches and there is no $default: None (API Gateway answers Not Found).
check(match_route, ("GET", "/cats", ["GET /pets/{proxy+}"]), None)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import random
    import re
    from awsgrader import check, require_function
    from awsgrader.facts import apigateway as facts

    match_route = require_function(globals(), "match_route", ["method", "path", "routes"])
    mistakes = _ROUTE_MISTAKES
    left_out = "a case the statement leaves out"

    patterns = {}

    def segments_pattern(kinds):
        # One regular expression per sequence of segment kinds ("s" one segment, "g" a
        # greedy rest), capturing every segment; the literal ones are compared after. (A
        # regular expression per route, with its literals in it, compiled about 500 of them
        # on a page's first Validate.)
        if kinds not in patterns:
            patterns[kinds] = re.compile("".join("/(.+)" if k == "g" else "/([^/]+)"
                                                 for k in kinds))
        return patterns[kinds]

    def segments_match(kinds, literals, path):
        hit = segments_pattern(kinds).fullmatch(path)
        if hit and all(hit.group(i + 1) == text for i, text in literals.items()):
            return hit
        return None

    def oracle(method, path, routes):
        # Independent of the reference: each route becomes a regular expression and a shape
        # ("a" literal, "b" {name}, "c" {name+}); the matches are sorted by AWS's level
        # (greedy or not), then by shape from the left (this exercise's tie-break). It
        # answers `left_out` for the cases the statement keeps out of the tests (a path
        # with an empty segment among them: so no literal segment is empty here). A greedy
        # variable is always the last part of a route, as AWS requires.
        if path == "/" or "//" in path or path.endswith("/"):
            return left_out
        found = []
        for route in routes:
            if route == "$default":
                continue
            verb, route_path = route.split(" ", 1)
            kinds, literals, names, shape = "", {}, [], ""
            for part in route_path.split("/")[1:]:
                if part.startswith("{") and part.endswith("+}"):
                    if path == "/" if not kinds else segments_match(kinds, literals, path):
                        return left_out     # the path before a greedy variable
                    names.append(part[1:-2])
                    kinds += "g"
                    shape += "c"
                elif part.startswith("{"):
                    names.append(part[1:-1])
                    kinds += "s"
                    shape += "b"
                else:
                    literals[len(kinds)] = part
                    kinds += "s"
                    shape += "a"
            if verb not in ("ANY", method):
                continue
            hit = segments_match(kinds, literals, path)
            if hit:
                groups = [g for i, g in enumerate(hit.groups()) if i not in literals]
                found.append((("c" in shape, shape), verb, route, dict(zip(names, groups))))
        if not found:
            return ("$default", {}) if "$default" in routes else None
        found.sort(key=lambda item: item[0])
        if len(found) > 1 and found[0][0] == found[1][0]:
            return left_out                 # a named method and ANY on the same path
        return (found[0][2], found[0][3])

    def expect(method, path, routes, note=None):
        # `note` says what the case is about, for whoever reads this grader. It is never
        # shown: the message's hint comes from the property whose mistake explains the
        # learner's value (see the env section), never from the case.
        expected = oracle(method, path, routes)
        assert expected != left_out, f"grader error: {method} {path} {routes} is left out"
        check(match_route, (method, path, routes), expected, diagnose=mistakes)
        if len(routes) > 1:
            check(match_route, (method, path, routes[::-1]), expected, diagnose=mistakes)

    aws_says = "AWS's order: "
    ours = "This exercise's tie-break (AWS does not document it): "

    # AWS's own example API and its table of requests.
    aws = ["GET /pets/dog/1", "GET /pets/dog/{id}", "GET /pets/{proxy+}", "ANY /{proxy+}",
           "$default"]
    expect("GET", "/pets/dog/1", aws,
           note="AWS's example: the request fully matches the static route GET /pets/dog/1.")
    expect("GET", "/pets/dog/2", aws,
           note="AWS's example: the request fully matches GET /pets/dog/{id}.")
    expect("GET", "/pets/cat/1", aws,
           note="AWS's example: no full match, so the GET route with a greedy variable "
                "catches it; {proxy+} takes the rest of the path, joined with '/'.")
    expect("POST", "/test/5", aws,
           note="AWS's example: ANY matches every method you have not defined for a route.")
    expect("DELETE", "/pets/dog/1", aws, note="GET routes do not match DELETE; ANY does.")

    # Any full match without a greedy variable, {name} included, beats every greedy route.
    expect("GET", "/pets/cat", ["GET /{type}/cat", "GET /pets/{proxy+}"],
           note=aws_says + "a full match (here with {type}) beats every match with a greedy "
                           "variable, even /pets/{proxy+}, whose first segment is a literal.")
    expect("GET", "/pets/7", ["GET /pets/{proxy+}", "ANY /pets/{id}"],
           note=aws_says + "ANY /pets/{id} is a full match for the route and method; it "
                           "beats the greedy GET /pets/{proxy+}.")
    expect("GET", "/pets/dog/1", ["GET /pets/dog/{proxy+}", "GET /{a}/{b}/{c}"],
           note=aws_says + "GET /{a}/{b}/{c} is a full match; it beats a greedy route, "
                           "whatever the number of literals.")
    expect("GET", "/pets/dog/1/2", ["GET /pets/dog/{proxy+}", "GET /{a}/{b}/{c}"],
           note="/{a}/{b}/{c} needs exactly 3 segments: only the greedy route matches.")
    expect("PUT", "/x/y/z", ["ANY /{proxy+}", "PUT /{a}/{b}/{c}", "GET /x/y/z"],
           note=aws_says + "PUT /{a}/{b}/{c} fully matches; GET /x/y/z does not match PUT.")
    expect("GET", "/users/42", ["GET /{proxy+}", "ANY /users/{id}", "GET /users/{id}/more/{x+}"],
           note=aws_says + "ANY /users/{id} is the only full match.")
    # $default is the last level; no match at all gives None (Not Found).
    expect("GET", "/pets/7/toys", ["GET /pets/{id}", "$default"],
           note="GET /pets/{id} takes one segment only: $default catches the request.")
    expect("GET", "/pets/7/toys", ["$default", "ANY /{proxy+}"],
           note=aws_says + "a route with a greedy variable beats $default.")
    expect("GET", "/anything/at/all", ["$default"],
           note="$default catches what no other route matches: ('$default', {}).")
    expect("GET", "/pets", ["$default", "GET /pets"],
           note="$default is the last resort: a matching route always beats it.")
    expect("GET", "/pets", [], note="No routes: None (API Gateway answers Not Found).")
    expect("GET", "/pets", ["POST /pets"], note="No route for GET /pets and no $default: "
                                                "None (API Gateway answers Not Found).")
    expect("OPTIONS", "/pets", ["GET /pets", "POST /pets"], note="No route matches: None.")
    expect("PATCH", "/pets", ["ANY /pets", "GET /pets", "POST /pets"],
           note="ANY matches PATCH, which no other route defines.")
    expect("GET", "/cats", ["GET /pets/{proxy+}"],
           note="cats is not pets: no route matches, and there is no $default: None.")

    # Two matches at the same level: this exercise's tie-break, from the left.
    expect("GET", "/x/b/c", ["GET /{a}/b/c", "GET /x/{b}/{c}"],
           note=ours + "compare from the left: 'x' beats {a} at the first segment, even if "
                       "the other route has more literals.")
    expect("GET", "/pets/7", ["GET /{kind}/7", "GET /pets/{id}"],
           note=ours + "at the first segment the literal 'pets' beats {kind}.")
    expect("GET", "/a/b/c", ["ANY /a/{p+}", "ANY /a/b/{q+}"],
           note=ours + "both are greedy; at the second segment the literal 'b' beats {p+}.")
    expect("GET", "/a/x/y", ["ANY /a/{p+}", "ANY /a/{b}/{q+}"],
           note=ours + "both are greedy; at the second segment {b} beats {p+}.")
    expect("GET", "/a/c/d", ["ANY /a/{p+}", "ANY /a/b/{q+}"],
           note="'c' is not 'b': only /a/{p+} matches.")
    expect("GET", "/pets/7/toys", ["GET /pets/{proxy+}", "GET /pets/{id}/toys"],
           note=aws_says + "/pets/{id}/toys is a full match; it beats the greedy route.")

    # Path parameters.
    expect("GET", "/users/42/orders/7", ["GET /users/{userId}/orders/{orderId}"],
           note="Each {name} gets its own segment, as a string.")
    expect("GET", "/files/2024/report.pdf", ["ANY /files/{path+}"],
           note="The parameter is named after the variable, without the '+'.")
    expect("GET", "/x/y/z", ["GET /{first}/{rest+}"],
           note="{first} takes one segment, {rest+} the others, joined with '/'.")
    expect("GET", "/pets", ["GET /pets", "GET /{proxy+}"],
           note="A route without variables has no path parameters: {}.")
    expect("GET", "/pets/7", ["GET /pets/{id}"], note="Values are strings: '7', not 7.")
    expect("GET", "/pets/a/b/c/d", ["GET /pets/{proxy+}"],
           note="A greedy variable takes every remaining segment.")

    # A full API: the default quota of routes.
    many = [f"GET /v{i}/items/{{id}}" for i in range(facts.HTTP_ROUTES_PER_API - 2)]
    many += ["ANY /{proxy+}", "GET /v7/items/special"]
    expect("GET", "/v7/items/special", many,
           note=f"{len(many)} routes: the static route wins, as in AWS's example.")
    expect("GET", "/v9/items/9", many, note=f"{len(many)} routes: a full match with {{id}}.")
    expect("GET", "/v9/other", many, note=f"{len(many)} routes: only ANY /{{proxy+}} matches.")

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
        check(match_route, (method, path, routes), expected, diagnose=mistakes)
        done += 1


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
