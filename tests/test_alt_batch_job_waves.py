"""Correct solutions written other ways pass batch/job_waves (its grader accepts them)."""

import pytest

from exercise_runner import ROOT, discover, validate

EXERCISE = next(e for e in discover() if e.id == "batch/job_waves")
ALTERNATIVES = sorted((ROOT / "tests" / "alt_solutions").glob("batch__job_waves__*.py"))


def test_alternatives_exist():
    assert len(ALTERNATIVES) >= 2


@pytest.mark.parametrize("path", ALTERNATIVES, ids=[p.stem for p in ALTERNATIVES])
def test_alternative_solution_passes(path):
    outcome = validate(EXERCISE, path.read_text(encoding="utf-8"))
    assert outcome.passed, f"{path.name} fails at {outcome.step}:\n{outcome.message}"
