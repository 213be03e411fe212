"""The watchdog's tracing rules hold in Pyodide's CPython, not only in the one pytest runs.

The watchdog traces a loop with line events unless its backward jump emits none (a jump to
itself, ``while True: pass``): it relies on CPython 3.11 emitting a line event at every
backward jump, even to the same line (see ``awsgrader/watchdog.py``). Pyodide builds its own
CPython (3.11.3 in Pyodide 0.25): each runaway shape of ``tests/test_grader.py`` must be
stopped there too, with the step count the budget sets, and each shape's classification
must be the one CPython here gives.
"""

import json

import pytest

from browser import harness
from test_grader import ONE_LINE_RUNAWAYS

pytestmark = pytest.mark.browser

SHAPES = ["while True: pass", "for i in iter(int, 1): pass", "x = [0 for _ in iter(int, 1)]",
          "i = 0\nwhile True:\n    i += 1", *ONE_LINE_RUNAWAYS]
BUDGET = 20_000

RUN = r'''
import json
from awsgrader import watchdog as _w

def _shapes(sources, budget):
    out = []
    for src in sources:
        code = compile(src, "<exec>", "exec")
        kinds = []
        stack = [code]
        while stack:
            c = stack.pop()
            kinds.append([c.co_name, _w._tracing_for(c)])
            stack.extend(k for k in c.co_consts if isinstance(k, type(code)))
        _w.start_watchdog(budget)
        try:
            exec(code, {"__name__": "shape"})
            stopped = None
        except _w.TimeLimitExceeded:
            stopped = _w._stopped_at[0]
        finally:
            _w.stop_watchdog()
        out.append({"stopped": stopped, "kinds": sorted(kinds)})
    return json.dumps(out)
'''


def _in_cpython(sources):
    """The same function, run here."""
    space = {}
    exec(RUN, space)
    return json.loads(space["_shapes"](sources, BUDGET))


def test_every_runaway_shape_is_stopped_in_pyodide_as_in_cpython(browser, built_site):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "warmup/practice/", wait_pyodide=True)
        # speed.js has installed the grader package (and done the rest of its work ahead).
        page.wait_for_function("() => document.documentElement.hasAttribute('data-python-warm')",
                               timeout=30_000, polling=100)
        page.evaluate("code => pyodide.runPython(code)", RUN)
        found = json.loads(page.evaluate(
            "([s, b]) => pyodide.globals.get('_shapes')(pyodide.toPy(s), b)", [SHAPES, BUDGET]))
        here = _in_cpython(SHAPES)
        for src, got, local in zip(SHAPES, found, here):
            assert local["stopped"] == BUDGET + 1, f"not stopped at the budget here: {src!r}"
            assert got["stopped"] == BUDGET + 1, f"not stopped at the budget in Pyodide: {src!r}"
            assert got["kinds"] == local["kinds"], f"traced otherwise in Pyodide: {src!r}"
        assert not tab.errors, tab.errors
    finally:
        tab.close()
