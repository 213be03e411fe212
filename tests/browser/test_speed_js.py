"""docs/assets/speed.js on a Practice page: what it does once Python is ready, before the
learner's first click (its timing effect is measured by `make bench`, not here)."""

import pytest

from browser import harness

pytestmark = pytest.mark.browser

READY = """() => {
    try {
        return pyodide.runPython(
            "import sys\\nall(m in sys.modules for m in "
            + "('awsgrader', 'awsgrader.pmt', 'awsgrader.facts', 'awsgrader.syntax_help', "
            + "'pydoc', 'argparse'))");
    } catch (error) { return false; }
}"""


def test_the_grader_and_what_a_first_run_imports_are_imported_ahead(browser, built_site):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "warmup/practice/", wait_pyodide=True)
        page.wait_for_function(READY, timeout=20_000, polling=100)
        # Imported inside a function: nothing is left in the learner's namespace.
        leftovers = page.evaluate(
            "() => pyodide.runPython(\"[n for n in globals() if 'speed_js' in n]\").toJs()")
        assert leftovers == []
        assert not tab.errors, tab.errors
    finally:
        tab.close()
