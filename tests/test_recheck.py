"""`make recheck`: every fact by checked date, the stale ones flagged, and where each is used."""

import datetime
import re
import subprocess
import sys

import pytest

from awsgrader import facts
from conftest import ROOT
from tools import recheck  # tools/ is importable: conftest puts the repository root on the path

TODAY = datetime.date(2026, 12, 2)


@pytest.mark.parametrize("day, months, expected", [
    ("2026-12-02", 6, "2026-06-02"),
    ("2026-08-31", 6, "2026-02-28"),   # no 31 February: the month's last day
    ("2028-08-31", 6, "2028-02-29"),   # a leap year
    ("2027-03-15", 6, "2026-09-15"),   # across a year
    ("2027-01-10", 1, "2026-12-10"),
])
def test_months_before(day, months, expected):
    assert recheck.months_before(datetime.date.fromisoformat(day), months) == (
        datetime.date.fromisoformat(expected))


def report_lines(text):
    """The fact rows of the report: (stale mark, date, status, key, source)."""
    return re.findall(r"^([ !]) (\d{4}-\d\d-\d\d)  (\S+)\s+(\S+)\s+(https://\S+)$", text, re.M)


def test_every_fact_is_listed_once_with_its_source_oldest_first():
    rows = report_lines(recheck.report(TODAY))
    assert sorted(key for _, _, _, key, _ in rows) == sorted(facts.FACTS)
    assert [date for _, date, _, _, _ in rows] == sorted(date for _, date, _, _, _ in rows)
    for _, date, status, key, source in rows:
        f = facts.FACTS[key]
        assert (date, status, source) == (f.checked, f.status, f.source)


def test_a_fact_checked_more_than_six_months_ago_is_flagged():
    fresh = facts.Fact("x.fresh", 1, "one", "https://docs.aws.amazon.com/x", "2026-06-02",
                       "confirmed")
    old = facts.Fact("x.old", 1, "one", "https://docs.aws.amazon.com/x", "2026-06-01",
                     "confirmed")
    assert not recheck.is_stale(fresh, TODAY)
    assert recheck.is_stale(old, TODAY)
    assert recheck.is_stale(fresh, TODAY, months=3)


def test_flags_follow_the_date_given():
    # Today every fact was checked within six months; by mid-2027 the oldest ones are due.
    now = recheck.report(TODAY)
    assert "; 0 to re-check." in now
    assert all(mark == " " for mark, *_ in report_lines(now))
    later = datetime.date(2027, 6, 30)
    due = {key for mark, _, _, key, _ in report_lines(recheck.report(later)) if mark == "!"}
    expected = {k for k, f in facts.FACTS.items()
                if datetime.date.fromisoformat(f.checked) < datetime.date(2026, 12, 30)}
    assert due == expected and due
    stale_only = report_lines(recheck.report(later, stale_only=True))
    assert {key for *_, key, _ in stale_only} == due


def test_it_names_the_questions_pages_and_exercises_that_use_a_fact():
    questions = recheck.questions_by_fact()
    assert "lambda-max-run-time" in questions["lambda.max_timeout_s"]
    assert "fargate-invalid-task-size" in questions["fargate.task_sizes"]
    pages = recheck.pages_by_fact()
    assert "lambda/index.md" in pages["lambda.max_timeout_s"]
    assert "fargate/index.md" in pages["fargate.task_sizes_32_vcpu"]  # a cite() call
    exercises = recheck.exercises_by_fact()
    assert {"fargate/task_size", "fargate/monthly_cost", "ecs/task_definition"} <= set(
        exercises["fargate.task_sizes"])
    assert "lambda/monthly_cost" in exercises["lambda.gb_second_price.x86_64"]  # through a dict
    text = recheck.report(TODAY)
    block = text[text.index("\nfargate.task_sizes\n"):]
    assert "exercises: ecs/task_definition, fargate/monthly_cost, fargate/task_size" in block


def test_make_recheck_runs_without_network_and_strict_fails_when_a_fact_is_due():
    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "tools" / "recheck.py"), *args],
                              capture_output=True, text=True, cwd=ROOT)
    ok = run("--today", "2026-12-02", "--strict")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Facts, oldest check first (today 2026-12-02;")
    due = run("--today", "2030-01-01", "--strict", "--stale")
    assert due.returncode == 1
    assert len(report_lines(due.stdout)) == len(facts.FACTS)


def test_the_makefile_and_the_readme_document_it():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^recheck:.*\n\t\$\(BIN\)/python tools/recheck\.py \$\(RECHECK_ARGS\)$",
                     makefile, re.M)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "### Keeping the facts current" in readme and "make recheck" in readme
