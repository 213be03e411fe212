"""What the editor judges, in real Pyodide (issue 18, items 1 and 5): a correct answer passes
whatever names it binds; each Run and Validate judges only what the editor holds now; a
failed public test shows the message, not the grader's traceback; a missing function and a
missing import are named in plain words; a printed value is shown once."""

import pytest

from browser import harness, site_map
from shadowing import raising_definition

pytestmark = pytest.mark.browser

WARMUP = "warmup/practice/"
LAMBDA = "lambda/practice/"


def _ide(page_rel, exercise_id):
    return next(i for i in site_map.ides() if i.page == page_rel and i.exercise_id == exercise_id)


def _tab_editor(practice_pages, ide):
    tab = practice_pages.get(ide.page)
    return tab, tab.ides[ide.index]


def test_learner_names_never_change_the_verdict(practice_pages):
    # The three rejections the independent answers found, and the loophole.
    ide = _ide(LAMBDA, "lambda/api_handler")
    tab, editor = _tab_editor(practice_pages, ide)
    corr = ide.exercise().sections["corr"]
    own_reply = corr + ("\n\ndef _reply(status, payload, extra_headers=None):\n"
                        "    raise RuntimeError('the grader called my _reply')\n")
    for code in (own_reply, corr + raising_definition("rest_event"),
                 corr + raising_definition("check"),
                 "import datetime\nimport json\nfrom math import *\n" + corr):
        out = harness.validate(tab.page, editor, code)
        assert harness.passed(out), f"a correct answer with its own names is rejected:\n{out}"
    cheat = (ide.exercise().sections["code"]
             + "\n\ndef check(*args, **kwargs):\n    return True\n")
    out = harness.validate(tab.page, editor, cheat)
    assert not harness.passed(out), f"a check() of the learner's own passes the tests:\n{out}"


def test_each_run_judges_only_what_the_editor_holds(practice_pages):
    ide = _ide(WARMUP, "warmup/request_cost")
    tab, editor = _tab_editor(practice_pages, ide)
    ex = ide.exercise()
    assert harness.passed(harness.validate(tab.page, editor, ex.sections["corr"]))
    # Delete the function: the editor holds only the tests.
    out = harness.validate(tab.page, editor, "\n# Tests\n" + ex.sections["tests"])
    assert not harness.passed(out), f"a deleted function still validates:\n{out}"
    assert "defines no function named request_cost" in harness.squash_spaces(out), out
    # Rename it: the old one is gone, and the message names the new one.
    renamed = ex.sections["corr"].replace("def request_cost(", "def request_cst(")
    out = harness.validate(tab.page, editor, renamed)
    assert not harness.passed(out)
    assert "It defines request_cst(...)" in harness.squash_spaces(out), out
    # The grader's set-up is still there for the next run.
    assert harness.passed(harness.validate(tab.page, editor, ex.sections["corr"]))


def test_a_failed_public_test_shows_the_message_not_the_graders_traceback(practice_pages):
    ide = _ide(WARMUP, "warmup/request_cost")
    tab, editor = _tab_editor(practice_pages, ide)
    out = harness.validate(tab.page, editor,
                           "def request_cost(requests):\n    return requests / 1_000\n")
    assert "expected:" in out and "AssertionError" in out, out
    for grader_file in ("checks.py", "diagnose.py", "watchdog.py", "sandbox.py", "awsgrader"):
        assert grader_file not in out, f"the grader's {grader_file} shows:\n{out}"


def test_a_module_used_without_import_is_named(practice_pages):
    ide = _ide(WARMUP, "warmup/billed_ms")
    tab, editor = _tab_editor(practice_pages, ide)
    out = harness.validate(tab.page, editor, "import datetime\n\ndef billed_ms(duration_ms):\n"
                                             "    return math.ceil(duration_ms)\n")
    assert "add `import math` at the top" in harness.squash_spaces(out), out
    assert "did you mean" not in out, out


def test_a_printed_value_is_shown_once(practice_pages):
    ide = _ide(WARMUP, "warmup/request_cost")
    tab, editor = _tab_editor(practice_pages, ide)
    out = harness.validate(tab.page, editor, "def request_cost(requests):\n"
                                             "    print('COST', requests / 5_000_000)\n")
    assert "Your function printed 'COST 0.2' but returned None" in harness.squash_spaces(out), out
    # Only inside the message: not printed again by each call the grader made.
    assert out.count("COST 0.2") == 1, out
