"""A correct answer passes whatever names it binds (issue 18, item 1).

The reference solution, plus one at a time a learner definition of each name the grader's
sections bind or use (a function that raises if called), must pass; so must the reference
after ``import datetime``, ``import json``, ``from datetime import *`` or ``from math import
*``. And a learner's own ``check`` cannot make the public tests pass.
"""

import pytest

from exercise_runner import discover, validate
from shadowing import raising_definition, shadowable_names

EXERCISES = discover()
CASES = [(ex, name) for ex in EXERCISES for name in shadowable_names(ex)]
IMPORTS = ["import datetime", "import json", "from datetime import *", "from math import *",
           "import datetime, json, math, re\nfrom decimal import *\nfrom fractions import *"]


@pytest.mark.parametrize("exercise,name", CASES,
                         ids=[f"{ex.id}:{name}" for ex, name in CASES])
def test_a_learner_name_never_changes_the_verdict(exercise, name):
    code = exercise.sections["corr"] + raising_definition(name)
    outcome = validate(exercise, code)
    assert outcome.passed, (
        f"the reference with its own {name!r} was rejected:\n{outcome.message}")


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
@pytest.mark.parametrize("imports", IMPORTS)
def test_imports_in_front_of_a_correct_answer(exercise, imports):
    outcome = validate(exercise, imports + "\n\n" + exercise.sections["corr"])
    assert outcome.passed, f"{imports!r} in front of the reference:\n{outcome.message}"


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
def test_a_learner_check_that_always_passes_does_not_pass_the_public_tests(exercise):
    cheat = ("\n\ndef check(*args, **kwargs):\n    return True\n\n\n"
             "def check_raises(*args, **kwargs):\n    return True\n")
    outcome = validate(exercise, exercise.sections["code"] + cheat)
    assert not outcome.passed
    assert outcome.step in ("editor", "tests"), outcome.step


def test_every_exercise_has_names_to_try():
    assert all(shadowable_names(ex) for ex in EXERCISES)
    assert "check" in shadowable_names(EXERCISES[0])


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
def test_each_run_judges_only_what_the_editor_holds(exercise):
    # A second click on the same page: the reference passed, then the learner deleted it.
    first = validate(exercise, exercise.sections["corr"])
    assert first.passed, first.message
    second = validate(exercise, "", namespace=first.namespace)
    assert not second.passed, "a deleted function still passes"
    asked = exercise.function_names()
    assert any(f"defines no function named {name}" in second.message for name in asked) or (
        "No function named" in second.message), second.message
    # The grader's set-up is back for the next run.
    assert validate(exercise, exercise.sections["corr"], namespace=first.namespace).passed
