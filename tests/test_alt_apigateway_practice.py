"""API Gateway exercises (token_bucket, route_match): correct solutions written other ways
agree with the reference far beyond the hidden tests, so that no hidden case depends on a
choice the statement leaves open. (tests/test_alt_solutions.py checks that each one passes.)
"""

import random

import pytest

from exercise_runner import ROOT, discover, load_solution, outcome_of

EXERCISES = {e.id: e for e in discover()}
ALT_DIR = ROOT / "tests" / "alt_solutions"


def alternatives(slug):
    return sorted(ALT_DIR.glob(f"apigateway__{slug}__*.py"))


def load(slug, code):
    return load_solution(EXERCISES[f"apigateway/{slug}"], code)


outcome = outcome_of


def bucket_cases(rng, count):
    """Inputs exact in binary (power-of-two rates, times on a 1/8 s grid), where requests
    often find exactly 1 token, plus invalid ones."""
    for _ in range(count):
        times, t = [], rng.choice([0, 0.5, 3])
        for _ in range(rng.randint(0, 30)):
            t += rng.choice([0, 0, 1, 2, 3, 4, 8, 12, 80]) / 8
            times.append(t)
        if times and rng.random() < 0.05:
            i = rng.randrange(len(times))
            times[i] -= 0.125  # maybe out of order, maybe equal to the previous time
        rate = rng.choice([2.0 ** rng.randint(-3, 4), rng.choice([0, -1])]) \
            if rng.random() < 0.05 else 2.0 ** rng.randint(-3, 4)
        burst = rng.choice([rng.randint(0, 6), -1]) if rng.random() < 0.03 else rng.randint(0, 6)
        yield times, rate, burst


@pytest.mark.parametrize("path", alternatives("token_bucket"), ids=lambda p: p.stem)
def test_token_bucket_alternative_agrees_with_reference(path):
    reference = load("token_bucket", EXERCISES["apigateway/token_bucket"].sections["corr"])
    other = load("token_bucket", path.read_text(encoding="utf-8"))
    rng = random.Random(path.stem)
    for args in bucket_cases(rng, 3000):
        expected = outcome(reference["throttle"], *args)
        got = outcome(other["throttle"], *args)
        assert got == expected, f"throttle{args!r}: reference {expected!r}, {path.stem} {got!r}"


def left_out(method, path, routes):
    """The cases the statement keeps out of the tests: a request for exactly the path before
    a greedy variable (AWS documents nothing), and a request that a named method and ANY on
    the same path (up to the names of the variables) both match (AWS documents it, but the
    exercise ranks paths, not methods)."""
    segments = path.split("/")[1:]
    shapes = {}
    for route in routes:
        if route == "$default":
            continue
        verb, route_path = route.split(" ", 1)
        parts = route_path.split("/")[1:]
        fits = True
        for i, part in enumerate(parts):
            if part.endswith("+}"):
                if len(segments) == i:
                    return True
                fits = len(segments) > i
                break
            if i >= len(segments) or (part[:1] != "{" and part != segments[i]):
                fits = False
                break
        else:
            fits = len(parts) == len(segments)
        if fits and verb in (method, "ANY"):
            shape = tuple(p if p[:1] != "{" else p[-2:] == "+}" for p in parts)
            shapes.setdefault(shape, set()).add(verb)
    return any(len(verbs) > 1 for verbs in shapes.values())


def api_cases(rng, count):
    """Random APIs and requests inside the statement's constraints: every path has at
    least one segment and no empty one, no two routes have the same method and path up to
    the names of their variables, and the cases AWS does not document are drawn again.
    Most routes are drawn near the request's path, so that several of them match."""
    words = ["pets", "dog", "7"]
    made = 0
    while made < count:
        segments = [rng.choice(words + ["cat"]) for _ in range(rng.randint(1, 4))]
        method = rng.choice(["GET", "POST", "DELETE"])
        routes, shapes = [], set()
        for _ in range(rng.randint(0, 8)):
            near = rng.random() < 0.7
            parts = []
            for i in range(rng.randint(1, 4)):
                r = rng.random()
                if r < 0.45:
                    parts.append(segments[i] if near and i < len(segments)
                                 else rng.choice(words))
                elif r < 0.78:
                    parts.append("{v%d}" % i)
                else:
                    parts.append("{rest+}")
                    break
            verb = rng.choice(["GET", "POST", "ANY", method])
            shape = (verb, tuple(p if p[:1] != "{" else p[-2:] == "+}" for p in parts))
            if shape not in shapes:
                shapes.add(shape)
                routes.append(f"{verb} /" + "/".join(parts))
        if rng.random() < 0.3:
            routes.insert(rng.randint(0, len(routes)), "$default")
        path = "/" + "/".join(segments)
        if left_out(method, path, routes):
            continue
        made += 1
        yield method, path, routes


def test_left_out_cases_are_the_statements():
    assert left_out("GET", "/pets", ["GET /pets/{proxy+}"])
    assert left_out("GET", "/pets/7", ["GET /pets/{id}", "ANY /pets/{x}"])
    assert not left_out("POST", "/pets/7", ["GET /pets/{id}", "ANY /pets/{x}"])
    assert not left_out("GET", "/pets/7", ["GET /pets/{id}", "POST /pets/{x}"])
    assert not left_out("GET", "/pets/cat", ["GET /{type}/cat", "GET /pets/{proxy+}"])


@pytest.mark.parametrize("path", alternatives("route_match"), ids=lambda p: p.stem)
def test_route_match_alternative_agrees_with_reference(path):
    reference = load("route_match", EXERCISES["apigateway/route_match"].sections["corr"])
    other = load("route_match", path.read_text(encoding="utf-8"))
    rng = random.Random(path.stem)
    for method, url, routes in api_cases(rng, 3000):
        expected = reference["match_route"](method, url, routes)
        for order in (routes, routes[::-1]):
            got = other["match_route"](method, url, list(order))
            assert got == expected, (
                f"match_route({method!r}, {url!r}, {order!r}): reference {expected!r}, "
                f"{path.stem} {got!r}")


@pytest.mark.parametrize("name", ["old_most_specific_from_left", "full_match_means_static"])
def test_route_match_old_ranking_disagrees_on_aws_order(name):
    """The old ranking (segment by segment from the left, greedy variables included) must
    disagree with AWS's documented order on many random APIs, not only on one example."""
    reference = load("route_match", EXERCISES["apigateway/route_match"].sections["corr"])
    wrong = EXERCISES["apigateway/route_match"].folder / "wrong" / f"{name}.py"
    other = load("route_match", wrong.read_text(encoding="utf-8"))
    rng = random.Random(name)
    differ = sum(reference["match_route"](*case) != other["match_route"](*case)
                 for case in api_cases(rng, 2000))
    assert differ > 20, f"{name} differs from the reference on only {differ} cases"
