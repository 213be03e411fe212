"""What a beginner sees on the warm-up page, in real Pyodide: code Python cannot read gets a
plain-words line before Python's own message, a forgotten ``return`` is named, and the hints
under an editor open one at a time."""

import pytest

from awsgrader import syntax_help
from browser import harness, site_map

pytestmark = pytest.mark.browser

PAGE = "warmup/practice/"
FIRST = next(i for i in site_map.ides() if i.page == PAGE and i.index == 0)
SLIPS = {
    "not_indented": "def request_cost(requests):\nreturn requests * 2\n",
    "indented_too_far": "def request_cost(requests):\n    x = requests\n      return x\n",
    "missing_colon": "def request_cost(requests)\n    return requests\n",
}


def _expected_line(code):
    try:
        compile(code, "<exec>", "exec")
    except SyntaxError as error:
        return syntax_help.explain(error)
    raise AssertionError("the slip compiles")


@pytest.mark.parametrize("slip", sorted(SLIPS))
def test_unreadable_code_gets_a_plain_words_line_before_the_traceback(practice_pages, slip):
    tab = practice_pages.get(PAGE)
    editor = tab.ides[FIRST.index]
    out = harness.validate(tab.page, editor, SLIPS[slip])
    line = harness.squash(_expected_line(SLIPS[slip]))
    text = harness.squash(out)
    assert line in text, f"the plain-words line is not shown:\n{out}"
    assert "Traceback" in text and text.index(line) < text.index("Traceback"), (
        f"the plain-words line must come before Python's message:\n{out}")
    again = harness.validate(tab.page, editor, FIRST.exercise().sections["corr"])
    assert harness.passed(again), f"the reference fails after the slip:\n{again}"


def test_forgotten_return_is_named_first(practice_pages):
    tab = practice_pages.get(PAGE)
    editor = tab.ides[FIRST.index]
    code = "def request_cost(requests):\n    requests * REQUEST_PRICE_PER_MILLION / 1_000_000\n"
    out = harness.validate(tab.page, editor, code)
    assert harness.squash("Your function returned None: did you forget `return`?") in \
        harness.squash(out), out


def test_hints_open_one_at_a_time(practice_pages):
    page = practice_pages.get(PAGE).page
    hidden = """() => Array.from(document.querySelector('.exercise-hints').children)
                     .filter(e => e.tagName === 'DETAILS')
                     .map(d => getComputedStyle(d).display === 'none')"""
    states = page.evaluate(hidden)
    assert len(states) >= 2 and states[0] is False and all(states[1:]), states
    page.locator(".exercise-hints details summary").first.click()
    page.wait_for_function(f"() => ({hidden})()[1] === false", timeout=5_000)
    assert page.evaluate(hidden)[2:] == states[2:], "only the next hint appears"
