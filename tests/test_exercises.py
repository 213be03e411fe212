"""Every exercise folder, found automatically: the reference passes, the starter and every
wrong answer fail with an actionable message, runaway and crashing learner code is stopped."""

import ast
import sys

import pytest

import awsgrader.watchdog
from awsgrader.watchdog import DEFAULT_STEPS
from awsgrader import TimeLimitExceeded
from browser import site_map
from exercise_runner import REQUIRED_SECTIONS, discover, validate

EXERCISES = discover()
IDS = [e.id for e in EXERCISES]
WRONG = [(e, w) for e in EXERCISES for w in e.wrong_answers]
WRONG_IDS = [f"{e.id}/{w.stem}" for e, w in WRONG]
MIN_WRONG = {"lambda/monthly_cost": 4}


@pytest.fixture
def short_watchdog(monkeypatch):
    monkeypatch.setattr(awsgrader.watchdog, "DEFAULT_STEPS", 1_000_000)
    return 1_000_000


def assert_actionable(outcome):
    assert not outcome.passed, "expected a failure"
    assert isinstance(outcome.error, AssertionError), (
        f"failed with {type(outcome.error).__name__}: {outcome.error}, not an AssertionError")
    text = outcome.message.lower()
    assert "expected" in text and "got" in text, (
        f"the {outcome.step} message must say input, expected and got:\n{outcome.message}")


def test_exercises_are_found():
    assert "lambda/monthly_cost" in IDS


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_layout(ex):
    for name in REQUIRED_SECTIONS:
        assert ex.sections.get(name, "").strip(), f"{ex.id}: section {name} is missing or empty"
    assert "start_watchdog()" in ex.sections["env"], f"{ex.id}: env must arm the watchdog"
    assert "stop_watchdog()" in ex.sections["post"], f"{ex.id}: post must disarm the watchdog"
    assert (ex.folder / "exo_REM.md").is_file(), f"{ex.id}: exo_REM.md is missing"
    assert "docs.aws.amazon.com" in (ex.folder / "exo_REM.md").read_text(encoding="utf-8"), (
        f"{ex.id}: exo_REM.md should link the AWS documentation")
    assert len(ex.wrong_answers) >= MIN_WRONG.get(ex.id, 3), f"{ex.id}: too few wrong answers"


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_reference_passes(ex):
    outcome = validate(ex, ex.sections["corr"])
    assert outcome.passed, f"{ex.id}: the reference fails at {outcome.step}: {outcome.error!r}"
    assert sys.gettrace() is None, "post must disarm the watchdog"


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_starter_fails(ex):
    outcome = validate(ex, ex.sections["code"])
    assert not outcome.passed, f"{ex.id}: the starter code passes"
    assert not isinstance(outcome.error, TimeLimitExceeded)


@pytest.mark.parametrize(("ex", "wrong"), WRONG, ids=WRONG_IDS)
def test_wrong_answer_fails_with_actionable_message(ex, wrong):
    outcome = validate(ex, wrong.read_text(encoding="utf-8"))
    assert_actionable(outcome)


@pytest.mark.parametrize(("ex", "wrong"), WRONG, ids=WRONG_IDS)
def test_hidden_tests_alone_catch_wrong_answer(ex, wrong):
    """Public tests are examples; the hidden tests must catch every mistake on their own."""
    outcome = validate(ex, wrong.read_text(encoding="utf-8"), public_tests=False)
    assert_actionable(outcome)


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_every_hidden_assert_has_a_message(ex):
    tree = ast.parse(ex.sections["secrets"])
    bare = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assert) and n.msg is None]
    assert not bare, f"{ex.id}: secrets lines {bare} assert without a message"


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_public_asserts_have_a_message(ex):
    tree = ast.parse(ex.sections["tests"])
    bare = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assert) and n.msg is None]
    assert not bare, f"{ex.id}: tests lines {bare} assert without a message"


@pytest.mark.parametrize("shape", ["module", "function", "hidden"])
@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_runaway_loop_is_stopped(ex, shape, short_watchdog, monkeypatch):
    code = {"module": "while True:\n    pass\n",
            "function": ex.corr_with_bodies("while True: pass"),
            "hidden": ex.corr_looping_in_hidden_tests()}[shape]
    outcome = validate(ex, code)
    if shape == "module":
        assert isinstance(outcome.error, TimeLimitExceeded), f"{ex.id}: got {outcome.error!r}"
    else:
        # Stopped in a call the grader made: an AssertionError that names the call (PMT
        # shows only the name of any other exception raised in the hidden tests).
        assert isinstance(outcome.error, AssertionError), f"{ex.id}: got {outcome.error!r}"
        called = outcome.message.split("(")[0]
        assert called in ex.function_names(), f"{ex.id}: the message names no call:\n{outcome.message}"
    if shape == "hidden":
        assert outcome.step == "secrets", f"{ex.id}: the loop ran in {outcome.step}"
    assert "more than 1,000,000 steps" in outcome.message and "infinite loop" in outcome.message
    assert sys.gettrace() is None
    # The same "page" still works afterwards (with the real deadline again).
    monkeypatch.setattr(awsgrader.watchdog, "DEFAULT_STEPS", DEFAULT_STEPS)
    after = validate(ex, ex.sections["corr"])
    assert after.passed, f"{ex.id}: the reference fails after a runaway loop: {after.error!r}"


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_crashing_code_gets_a_readable_message(ex):
    code = ex.corr_with_bodies("raise RuntimeError('boom from learner code')")
    outcome = validate(ex, code, public_tests=False)
    assert isinstance(outcome.error, AssertionError), f"{ex.id}: got {outcome.error!r}"
    assert "RuntimeError: boom from learner code" in outcome.message
    assert "expected" in outcome.message


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_exercise_is_on_a_practice_page(ex):
    where = [ide.page for ide in site_map.ides() if ide.exercise_id == ex.id]
    assert where, f"{ex.id}: no page shows it with IDE('../../exercises/{ex.id}/exo')"
    assert all(p.endswith("/practice/") for p in where), f"{ex.id}: exercises go on Practice pages"
