"""Every exercise on the site, graded in real Pyodide in Chromium, as a reader gets it.

For each IDE of each Practice page (found from the pages, see site_map.py), on one load of
the page: the editor opens with the exercise's starter, which Validate rejects; the reference
solution validates; each wrong answer in wrong/ is rejected and its assertion message is
shown in the terminal; ``while True: pass`` is stopped by the watchdog (its budget of steps) with its message, and
the reference then validates again on the same page (the tab did not freeze); so is a loop
that only the hidden tests reach, inside the learner's function.

Order matters and is honest: the first successful validation reveals the solution, as it does
for a learner, and from then on PMT stops counting attempts, so the many wrong answers do not
run the counter down. Run alone (``-k wrong``), the counter does reach 0 and PMT reveals the
solution: the wrong answers are still graded, and rejected, the same way.
"""

import pytest

from awsgrader import watchdog
from browser import harness, site_map
from exercise_runner import validate as validate_in_cpython

pytestmark = pytest.mark.browser

CHECKS = []
for ide in site_map.ides():
    ex = ide.exercise()
    base = f"{ide.page}#{ide.index}:{ide.exercise_id}"
    CHECKS.append(pytest.param(ide, "starter", None, id=f"{base}:starter"))
    CHECKS.append(pytest.param(ide, "reference", None, id=f"{base}:reference"))
    for wrong in ex.wrong_answers:
        CHECKS.append(pytest.param(ide, "wrong", wrong, id=f"{base}:wrong/{wrong.stem}"))
    CHECKS.append(pytest.param(ide, "runaway", None, id=f"{base}:runaway"))
    CHECKS.append(pytest.param(ide, "runaway_hidden", None, id=f"{base}:runaway_hidden"))

RUNAWAY = "while True:\n    pass\n"


def _editor(practice_pages, ide):
    tab = practice_pages.get(ide.page)
    expected = sum(1 for other in site_map.ides() if other.page == ide.page)
    assert len(tab.ides) == expected, (
        f"{ide.page}: the source calls IDE() {expected} times, the page shows {len(tab.ides)} IDEs")
    return tab, tab.ides[ide.index]


def _run(practice_pages, tab, editor, code, *, timeout=60_000):
    try:
        return harness.validate(tab.page, editor, code, timeout=timeout)
    except Exception:
        practice_pages.discard()  # the next check starts from a fresh page
        raise


@pytest.mark.parametrize(("ide", "check", "wrong"), CHECKS)
def test_exercise_in_browser(practice_pages, ide, check, wrong):
    ex = ide.exercise()
    tab, editor = _editor(practice_pages, ide)
    page = tab.page

    if check == "starter":
        shown = harness.editor_text(page, editor)
        starter = ex.sections["code"].strip()
        assert harness.squash(shown).startswith(harness.squash(starter)), (
            f"IDE #{ide.index} of {ide.page} does not open with {ide.exercise_id}'s starter:\n"
            f"{shown[:400]}")
        out = _run(practice_pages, tab, editor, None)
        assert not harness.passed(out), f"the starter validates:\n{out}"
        assert "Error" in out, f"the starter is not rejected with an error:\n{out}"

    elif check == "reference":
        out = _run(practice_pages, tab, editor, ex.sections["corr"])
        assert harness.passed(out), f"the reference solution does not validate:\n{out}"
        assert harness.PASSED in out or "Suggested solution" in page.content(), out

    elif check == "wrong":
        code = wrong.read_text(encoding="utf-8")
        expected = validate_in_cpython(ex, code)
        out = _run(practice_pages, tab, editor, code)
        assert not harness.passed(out), f"{wrong.name} validates in the browser:\n{out}"
        assert "AssertionError" in out, f"{wrong.name}: no AssertionError shown:\n{out}"
        assert harness.message_shown(expected.message, out), (
            f"{wrong.name}: the terminal does not show the assertion message.\n"
            f"Expected (from CPython):\n{expected.message}\nTerminal:\n{out}")

    elif check == "runaway":
        # Watchdog at its real budget (about 5 s here); the generous timeout only catches a
        # frozen tab.
        out = _run(practice_pages, tab, editor, RUNAWAY, timeout=60_000)
        assert "TimeLimitExceeded" in out, f"the runaway loop was not stopped by the watchdog:\n{out}"
        message = watchdog._message(watchdog.DEFAULT_STEPS)
        assert harness.squash(message) in harness.squash(out), (
            f"the watchdog's message ({message!r}) is not shown:\n{out}")
        again = _run(practice_pages, tab, editor, ex.sections["corr"])
        assert harness.passed(again), f"after the runaway loop the reference fails:\n{again}"

    elif check == "runaway_hidden":
        # A function that loops only when the hidden tests call it: there the grader works
        # with the watchdog off and switches it on for each call into the learner's code
        # (awsgrader.watchdog.learner_call). A budget of 1,000,000 steps keeps the suite short.
        set_limit = "s => pyodide.runPython('import awsgrader.watchdog as w; w.DEFAULT_STEPS = ' + s)"
        page.evaluate(set_limit, 1_000_000)
        try:
            out = _run(practice_pages, tab, editor, ex.corr_looping_in_hidden_tests(),
                       timeout=45_000)
        finally:
            page.evaluate(set_limit, watchdog.DEFAULT_STEPS)
        # Stopped in a call the grader made: an AssertionError whose message PMT shows.
        assert "AssertionError" in out and (
            harness.squash(watchdog._message(1_000_000)) in harness.squash(out)), (
            f"the loop in the hidden tests was not stopped:\n{out}")
        # PMT's helpers ran through awsgrader.pmt (docs/assets/speed.js), compiled once, with
        # the watchdog paused and resumed in pairs.
        pauses, open_pauses, compiled = page.evaluate(
            "() => pyodide.runPython('import awsgrader.pmt as p, awsgrader.watchdog as w\\n'"
            " + '[w._pause_count[0], len(w._paused), len(p._runners)]').toJs()")
        assert pauses > 0 and open_pauses == 0 and compiled > 0, (pauses, open_pauses, compiled)
        again = _run(practice_pages, tab, editor, ex.sections["corr"])
        assert harness.passed(again), f"after the runaway loop the reference fails:\n{again}"
