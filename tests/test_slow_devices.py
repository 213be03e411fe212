"""The runaway verdict does not depend on how fast the device is (issue 18, item 4).

The watchdog counts trace events, not seconds (``awsgrader/watchdog.py``): a correct answer
that does far more work than the reference passes on any device, and ``while True: pass``
is still stopped. The same in Chromium with the CPU throttled 4x:
``tests/browser/test_slow_device.py``.
"""

import ast

import pytest

import awsgrader.watchdog
from exercise_runner import ROOT, discover, validate

EXERCISES = discover()
SLOW = sorted((ROOT / "tests" / "slow_solutions").glob("*.py"))
TIMES = 100


def reference_doing_more_work(exercise, times=TIMES):
    """The reference solution, each of whose functions does its work ``times`` times per call
    from outside (on copies of the arguments; a call from another of its functions runs once)."""
    tree = ast.parse(exercise.sections["corr"])
    names = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    wrappers = ["import copy as _copy_for_slow", "_inside = [0]"]
    for name in names:
        wrappers.append(
            f"_once_{name} = {name}\n"
            f"def {name}(*args, **kwargs):\n"
            f"    if _inside[0]:\n"
            f"        return _once_{name}(*args, **kwargs)\n"
            f"    _inside[0] += 1\n"
            f"    try:\n"
            f"        for _ in range({times - 1}):\n"
            f"            _once_{name}(*_copy_for_slow.deepcopy(args), **_copy_for_slow.deepcopy(kwargs))\n"
            f"        return _once_{name}(*args, **kwargs)\n"
            f"    finally:\n"
            f"        _inside[0] -= 1\n")
    return exercise.sections["corr"] + "\n\n" + "\n".join(wrappers)


# runtime_api's function talks to a fake Lambda runtime: calling it again on copies would
# still be one conversation per copy, but its handler counts the events it is given.
SIDE_EFFECTS = {"lambda/runtime_api"}


@pytest.mark.parametrize("ex", [e for e in EXERCISES if e.id not in SIDE_EFFECTS],
                         ids=[e.id for e in EXERCISES if e.id not in SIDE_EFFECTS])
def test_a_correct_answer_doing_100_times_the_work_passes(ex):
    awsgrader.watchdog._peak[0] = 0
    outcome = validate(ex, reference_doing_more_work(ex))
    assert outcome.passed, f"{ex.id}: {outcome.message}"
    # Far from the budget, so that an even slower correct answer passes too.
    assert awsgrader.watchdog._peak[0] < awsgrader.watchdog.DEFAULT_STEPS * 0.75


@pytest.mark.parametrize("path", SLOW, ids=[p.stem for p in SLOW])
def test_a_natural_slow_solution_passes(path):
    exercise_id = "/".join(path.stem.split("__")[:2])
    ex = next(e for e in EXERCISES if e.id == exercise_id)
    outcome = validate(ex, path.read_text(encoding="utf-8"))
    assert outcome.passed, f"{path.name}: {outcome.message}"


def test_the_budget_stops_an_endless_loop_at_the_same_step_every_time():
    ex = EXERCISES[0]
    outcome = validate(ex, "while True:\n    pass\n")
    assert isinstance(outcome.error, awsgrader.watchdog.TimeLimitExceeded)
    assert "steps of Python" in outcome.message
    assert awsgrader.watchdog._stopped_at[0] == awsgrader.watchdog.DEFAULT_STEPS + 1
