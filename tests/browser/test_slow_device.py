"""The same verdict on a slow phone (issue 18, item 4): with Chromium's CPU throttled 4x
(DevTools' mid-tier mobile preset, through a CDP session), a natural but slow correct answer
passes, and ``while True: pass`` is still stopped, by the same budget of steps."""

from pathlib import Path

import pytest

from awsgrader import watchdog
from browser import harness, site_map

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SLOW = ROOT / "tests" / "slow_solutions" / "fargate__task_size__all_sizes_each_call.py"


@pytest.fixture
def throttled(browser, built_site):
    ide = next(i for i in site_map.ides() if i.exercise_id == "fargate/task_size")
    tab = harness.new_tab(browser, built_site)
    try:
        harness.goto(tab, ide.page, wait_pyodide=True)
        cdp = tab.page.context.new_cdp_session(tab.page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        yield tab.page, harness.editor_ids(tab.page)[ide.index]
    finally:
        tab.close()


def test_a_slow_correct_answer_passes_and_a_runaway_loop_stops_on_a_slow_phone(throttled):
    page, editor = throttled
    out = harness.validate(page, editor, SLOW.read_text(encoding="utf-8"), timeout=240_000)
    assert harness.passed(out), f"a correct, slow answer is rejected on a slow phone:\n{out}"
    out = harness.validate(page, editor, "while True:\n    pass\n", timeout=240_000)
    assert "TimeLimitExceeded" in out, out
    assert harness.squash(watchdog._message(watchdog.DEFAULT_STEPS)) in harness.squash(out), out
