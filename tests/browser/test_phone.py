"""A learner on a phone (390 px): nothing runs off the right edge, the editor's buttons are
touch-sized, and the terminal wraps between words."""

import pytest

from browser import harness, site_map

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
PRACTICE = sorted({ide.page for ide in site_map.ides()})


@pytest.fixture(scope="module")
def phone_tab(browser, built_site):
    tab = harness.new_tab(browser, built_site, **PHONE)
    yield tab
    tab.close()


@pytest.mark.parametrize("rel", site_map.pages())
def test_no_code_block_runs_off_a_phone(phone_tab, rel):
    """Signatures and examples wrap on a phone instead of hiding their end off screen."""
    page = harness.goto(phone_tab, rel)
    harness.settle(page)
    cut = page.evaluate("""() => [...document.querySelectorAll('.md-typeset pre > code')]
        .filter(p => p.offsetParent !== null && p.scrollWidth > p.clientWidth + 1)
        .map(p => p.textContent.trim().split('\\n')[0].slice(0, 60))""")
    assert not cut, f"{rel}: code blocks wider than the screen at 390 px: {cut}"


@pytest.fixture(scope="module")
def phone_practice(browser, built_site):
    tab = harness.new_tab(browser, built_site, **PHONE)
    harness.goto(tab, "lambda/practice/", wait_pyodide=True)
    yield tab
    tab.close()


def test_editor_buttons_are_touch_targets(phone_practice):
    sizes = phone_practice.page.evaluate("""() => [...document.querySelectorAll('.py_mk_ide button')]
        .filter(b => b.offsetParent !== null)
        .map(b => { const r = b.getBoundingClientRect();
                    return [b.getAttribute('btn_kind') || b.className, r.width, r.height]; })""")
    assert sizes, "no editor button found on lambda/practice"
    small = [s for s in sizes if s[1] < 44 or s[2] < 44]
    assert not small, f"buttons under 44 x 44 px at 390 px: {small[:5]}"


def test_terminal_wraps_between_words(phone_practice):
    """jquery.terminal cuts at the last character that fits unless asked to keep words."""
    lines = phone_practice.page.evaluate("""() => {
        const el = document.querySelector('.py_mk_ide .terminal');
        const term = jQuery(el).terminal();
        term.echo(Array(40).fill('include_free_tier=False').join(' '));
        const out = [...el.querySelectorAll('.terminal-output > div')].pop();
        return [...out.querySelectorAll('div')].map(d => d.textContent);
    }""")
    assert len(lines) > 1, f"the long line did not wrap at all: {lines}"
    words = {w for line in lines for w in line.split()}
    assert words == {"include_free_tier=False"}, f"a word was cut across lines: {lines}"
