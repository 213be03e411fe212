"""Every message points at the real mistake, by design (awsgrader/diagnose.py).

For the exercises whose graders declare their properties (a ``Diagnosis`` in ``env``):

- each ``wrong/*.py`` declares, on a header line ``# Property: <id>``, the property its
  mistake breaks; the hidden tests alone must reject it with a message that names the call
  and, on its ``check:`` line, that property;
- ``tests/plausible_mistakes/<service>__<slug>/*.py`` are other mistakes, written apart from
  the ``wrong/`` files, each declaring the property it breaks, or ``none`` when no property
  of the grader describes it. A full validation (public tests, then hidden ones, as a
  learner's click) must never name another property than the declared one (that would
  mislead), and at least 90 % must name the declared one (``none``: name no property);
- the public tests go through the same ``check`` as the hidden ones: no bare ``assert``.
"""

import ast
import re
from pathlib import Path

import pytest

from awsgrader import Diagnosis
from exercise_runner import ROOT, discover, load_solution, validate

# Every exercise of the site, the warm-up included: each declares its properties.
EXERCISES = {e.id: e for e in discover()}
PLAUSIBLE = ROOT / "tests" / "plausible_mistakes"
CHECK_LINE = re.compile(r"^  check:    ([a-z0-9-]+): ", re.M)
GOAL = 0.9
MIN_PLAUSIBLE = 8


def declared_property(path):
    for line in path.read_text(encoding="utf-8").splitlines()[:8]:
        if line.startswith("# Property:"):
            return line.split(":", 1)[1].strip()
    return None


def named_property(message):
    found = CHECK_LINE.findall(message)
    assert len(found) <= 1, f"a message names one property at most:\n{message}"
    return found[0] if found else None


def diagnosis(ex):
    namespace = load_solution(ex, "")
    found = [v for v in namespace.values() if isinstance(v, Diagnosis)]
    assert len(found) == 1, f"{ex.id}: env must define one Diagnosis"
    return found[0]


def function_name(ex):
    return ex.function_names()[-1]


def plausible(ex_id):
    return sorted((PLAUSIBLE / ex_id.replace("/", "__")).glob("*.py"))


WRONG = [(ex, w) for ex in EXERCISES.values() for w in ex.wrong_answers]
MISTAKES = [(ex, p) for ex in EXERCISES.values() for p in plausible(ex.id)]


def test_every_exercise_declares_its_properties():
    """A new exercise cannot skip the design: its env defines one Diagnosis."""
    assert len(EXERCISES) >= 22
    for ex in EXERCISES.values():
        assert diagnosis(ex).ids(), f"{ex.id}: its Diagnosis declares no property"


@pytest.mark.parametrize("ex", EXERCISES.values(), ids=list(EXERCISES))
def test_public_tests_use_the_check_helper(ex):
    tree = ast.parse(ex.sections["tests"])
    asserts = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assert)]
    assert not asserts, f"{ex.id}: public tests lines {asserts} assert instead of check()"
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Name)}
    assert "check" in calls, f"{ex.id}: the public tests should call check(...)"


@pytest.mark.parametrize(("ex", "wrong"), WRONG, ids=[f"{e.id}/{w.stem}" for e, w in WRONG])
def test_wrong_answer_message_names_the_call_and_its_property(ex, wrong):
    declared = declared_property(wrong)
    assert declared, f"{wrong.name}: add a header line '# Property: <id>'"
    assert declared in diagnosis(ex).ids(), f"{wrong.name}: {declared!r} is not declared"
    outcome = validate(ex, wrong.read_text(encoding="utf-8"), public_tests=False)
    assert not outcome.passed
    message = outcome.message
    assert calls_first(message, ex), f"the call first:\n{message}"
    assert "expected:" in message and "got:" in message, message
    assert named_property(message) == declared, (
        f"{wrong.name} breaks {declared!r}; the message names "
        f"{named_property(message)!r}:\n{message}")
    assert "  hint:     " in message, message


@pytest.mark.parametrize(("ex", "path"), MISTAKES, ids=[f"{e.id}/{p.stem}" for e, p in MISTAKES])
def test_plausible_mistake_is_never_misleading(ex, path):
    declared = declared_property(path)
    assert declared == "none" or declared in diagnosis(ex).ids(), (
        f"{path.name}: declare '# Property: <id>' or '# Property: none'")
    outcome = validate(ex, path.read_text(encoding="utf-8"))
    assert not outcome.passed, f"{path.name} passes: it is not a mistake"
    assert calls_first(outcome.message, ex), outcome.message
    named = named_property(outcome.message)
    allowed = (None,) if declared == "none" else (None, declared)
    assert named in allowed, (
        f"MISLEADS: {path.name} breaks {declared!r}, the message names {named!r}:\n"
        f"{outcome.message}")


@pytest.mark.parametrize("ex", EXERCISES.values(), ids=list(EXERCISES))
def test_plausible_mistakes_point_at_the_mistake(ex):
    paths = plausible(ex.id)
    assert len(paths) >= MIN_PLAUSIBLE, f"{ex.id}: write at least {MIN_PLAUSIBLE}"
    wrong_code = {w.read_text(encoding="utf-8").split("\n", 1)[1] for w in ex.wrong_answers}
    missed = []
    for path in paths:
        assert path.read_text(encoding="utf-8").split("\n", 1)[1] not in wrong_code, (
            f"{path.name} repeats a wrong/ file")
        declared = declared_property(path)
        named = named_property(validate(ex, path.read_text(encoding="utf-8")).message)
        if named != (None if declared == "none" else declared):
            missed.append(f"{path.stem}: declared {declared}, named {named}")
    share = 1 - len(missed) / len(paths)
    assert share >= GOAL, f"{ex.id}: {share:.0%} point at the mistake; missed: {missed}"


def calls_first(message, ex):
    """The message starts with the call, after at most one plain-words line for a beginner
    slip (``checks.explain_result``: "Your function returned None: ...")."""
    lines = message.splitlines()[:2]
    # An exercise may ask for several functions (lambda/concurrency, fargate/task_size): the
    # call is one of them.
    calls = tuple(name + "(" for name in ex.function_names() if not name.startswith("_"))
    return lines[0].startswith(calls) or (len(lines) > 1 and lines[1].startswith(calls))


@pytest.mark.parametrize("ex", EXERCISES.values(), ids=list(EXERCISES))
def test_reference_and_starter_messages(ex):
    assert validate(ex, ex.sections["corr"]).passed
    outcome = validate(ex, ex.sections["code"])
    assert calls_first(outcome.message, ex), outcome.message


def model_detectors(ex):
    """``[(property id, detector)]`` for the detectors that recompute a mistake with a model
    and confirm it with probes (they carry ``model``, ``mistake`` and ``probes``)."""
    found = []
    for prop in diagnosis(ex).properties:
        for detect in getattr(prop.detect, "parts", [prop.detect]):
            if hasattr(detect, "mistake"):
                found.append((prop.id, detect))
    return found


@pytest.mark.parametrize("ex", EXERCISES.values(), ids=list(EXERCISES))
def test_probes_tell_every_modelled_mistake_apart(ex):
    """A detector's probes must show its mistake (on one probe at least) and rule out every
    other modelled mistake (on one probe at least): otherwise a learner with the other
    mistake could get this one's hint."""
    detectors = model_detectors(ex)
    if not detectors:
        pytest.skip(f"{ex.id} has no model-based detector")
    for pid, detect in detectors:
        model = detect.model
        assert any(model(*p, **detect.mistake) != model(*p) for p in detect.probes), (
            f"{pid}: no probe shows the mistake {detect.mistake}")
        for qid, other in detectors:
            if other.mistake == detect.mistake:
                continue
            assert any(model(*p, **other.mistake) != model(*p, **detect.mistake)
                       for p in detect.probes), (
                f"{pid}'s probes do not rule out {qid}'s mistake {other.mistake}")
