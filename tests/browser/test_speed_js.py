"""docs/assets/speed.js on a Practice page: what it does once Python is ready, before the
learner's first click (its timing effect is measured by `make bench`, not here)."""

import pytest

from browser import harness, site_map

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


def fixed_helpers():
    """The names speed.js compiles ahead, read from speed.js itself."""
    import json
    import re
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "docs/assets/speed.js").read_text()
    listed = re.search(r"var FIXED_HELPERS = (\[[^\]]*\]);", source).group(1)
    return json.loads(listed)


def test_pmt_helpers_are_compiled_ahead_and_imports_listed_once(browser, built_site):
    """speed.js items 6 and 8: PMT's fixed helper texts are compiled while the learner reads
    (the very texts PMT sends, taken from its own snippet module), and find_imports keeps
    its answer for a text it has read; then a Validate gives the same verdict as ever."""
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "warmup/practice/", wait_pyodide=True)
        page.wait_for_function("() => document.documentElement.hasAttribute('data-python-warm')",
                               timeout=30_000, polling=100)
        names = fixed_helpers()
        assert len(names) >= 10
        compiled = page.evaluate("""async (names) => {
            const snippets = await import("0-generic-python-snippets-pyodide");
            const runners = pyodide.pyimport("awsgrader.pmt")._runners;
            return names.map(n => runners.has(snippets.pyodideFeatureCode(n)));
        }""", names)
        assert all(compiled), dict(zip(names, compiled))
        found = page.evaluate("""() => {
            const find = pyodide.runPython("__import__('pyodide').code.find_imports");
            const a = find("import json\\nfrom awsgrader import check").toJs();
            const b = find("import json\\nfrom awsgrader import check").toJs();
            const c = find("import base64").toJs();
            return [a, b, c, find.__awsgrader_cached__ === true];
        }""")
        assert found == [["awsgrader", "json"], ["awsgrader", "json"], ["base64"], True], found
        # A run after them: PMT's awaited helpers (item 7) and the cached lists (item 8).
        ide = next(i for i in site_map.ides() if i.page == "warmup/practice/")
        editor = harness.editor_ids(page)[ide.index]
        for _ in range(2):
            out = harness.validate(page, editor, ide.exercise().sections["corr"])
            assert harness.passed(out), out
        assert not tab.errors, tab.errors
    finally:
        tab.close()
