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


def api_cases(rng, count):
    words = ["pets", "dog", "7", ""]
    for _ in range(count):
        routes, shapes = [], set()
        for _ in range(rng.randint(0, 9)):
            parts = []
            for i in range(rng.randint(0, 3)):
                r = rng.random()
                if r < 0.5:
                    parts.append(rng.choice(words[:3]))
                elif r < 0.8:
                    parts.append("{v%d}" % i)
                else:
                    parts.append("{rest+}")
                    break
            method = rng.choice(["GET", "POST", "ANY"])
            shape = (method, tuple(p if p[:1] != "{" else p[-2:] == "+}" for p in parts))
            if shape not in shapes:
                shapes.add(shape)
                routes.append(f"{method} /" + "/".join(parts))
        if rng.random() < 0.3:
            routes.insert(rng.randint(0, len(routes)), "$default")
        path = "/" + "/".join(rng.choice(words + ["cat"]) for _ in range(rng.randint(0, 4)))
        yield rng.choice(["GET", "POST", "DELETE"]), path, routes


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
