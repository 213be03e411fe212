"""Correct solutions written another way must pass too.

Each file `alt_solutions/<service>__<slug>__<name>.py` is a correct answer to the exercise
`<service>/<slug>` in a style the reference does not use (Decimal, another order of
operations, a regex instead of split...). A grader that rejects one of them is a bug.
"""

from pathlib import Path

import pytest

from exercise_runner import discover, validate

ALT = sorted((Path(__file__).parent / "alt_solutions").glob("*__*__*.py"))
EXERCISES = {e.id: e for e in discover()}


@pytest.mark.parametrize("path", ALT, ids=[p.stem for p in ALT])
def test_alternative_correct_solution_passes(path):
    service, slug, _ = path.stem.split("__")
    exercise = EXERCISES[f"{service}/{slug}"]
    outcome = validate(exercise, path.read_text(encoding="utf-8"))
    assert outcome.passed, f"{path.name} is correct but fails at {outcome.step}:\n{outcome.message}"


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_every_exercise_has_alternative_solutions(exercise_id):
    service, slug = exercise_id.split("/")
    found = [p for p in ALT if p.stem.startswith(f"{service}__{slug}__")]
    assert len(found) >= 2, f"{exercise_id}: write at least two correct solutions another way"
