"""Replays the verdicts on learner answers written apart from the graders (issue 18, item 6).

``tests/independent_mistakes/<service>__<slug>/`` holds what a writer who had seen only the
exercise's statement wrote (``wrong_*.py``, ``right_*.py``, kept as written; the first line
says the mistake or the style), the statement they saw (``statement.md``), and
``verdicts.json``: how a separate judge, who had seen only the statement, each answer and
the message a full Validate showed, classified each message (see the folder's README).

Every right answer passes; every wrong answer is rejected (one the judge found right by the
statement, NOT-WRONG, passes); a message judged POINTS still contains the words the judge
said do the pointing.
"""

import json
from pathlib import Path

import pytest

from exercise_runner import discover, validate

HERE = Path(__file__).resolve().parent / "independent_mistakes"
EXERCISES = {e.id: e for e in discover()}
FOLDERS = sorted(p for p in HERE.iterdir() if p.is_dir()) if HERE.exists() else []
VERDICTS = ("POINTS", "NEUTRAL", "MISLEADS", "NOT-WRONG")


def _verdicts(folder):
    return {v["file"]: v for v in json.loads((folder / "verdicts.json").read_text())}


ANSWERS = [(folder, path) for folder in FOLDERS for path in sorted(folder.glob("*.py"))]


@pytest.mark.parametrize("folder,path", ANSWERS,
                         ids=[f"{f.name}/{p.stem}" for f, p in ANSWERS])
def test_independent_answer(folder, path):
    ex = EXERCISES[folder.name.replace("__", "/")]
    outcome = validate(ex, path.read_text(encoding="utf-8"))
    if path.name.startswith("right_"):
        assert outcome.passed, f"a right answer is rejected:\n{outcome.message}"
        return
    verdict = _verdicts(folder)[path.name]
    if verdict["verdict"] == "NOT-WRONG":
        assert outcome.passed, f"right by the statement (judge: {verdict['reason']}):\n{outcome.message}"
        return
    assert not outcome.passed, f"a wrong answer passes: {verdict['reason']}"
    if verdict["verdict"] == "POINTS":
        assert verdict["pointer"] in outcome.message, (
            f"the message no longer says {verdict['pointer']!r}:\n{outcome.message}")


def test_every_exercise_has_its_independent_set():
    assert {f.name.replace("__", "/") for f in FOLDERS} == set(EXERCISES)
    for folder in FOLDERS:
        wrong = sorted(folder.glob("wrong_*.py"))
        right = sorted(folder.glob("right_*.py"))
        assert len(wrong) >= 8 and len(right) >= 2, folder.name
        verdicts = _verdicts(folder)
        assert set(verdicts) == {p.name for p in wrong}, folder.name
        assert all(v["verdict"] in VERDICTS for v in verdicts.values()), folder.name
        assert (folder / "statement.md").exists(), folder.name
