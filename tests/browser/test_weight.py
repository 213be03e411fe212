"""Pages without an editor carry none of the editor's machinery (issue 22, item 1).

PMT's template gives every page jQuery, lodash, its config and helper scripts and its
start-up modules; overrides/main.html leaves them out of every page without a PMT widget.
Here, on every such page as a reader gets it (the 404 page included): it asks for none of
them, it stays within its weight (gzip, everything it downloads: 120 KB, the practice exam,
the progress page and the Review page 150 KB), and it logs no error. A Practice page still gets all of it,
and its editors reach "Pyodide kernel ready.".

Quizzes, search, the palette, diagrams, the exam and the progress page keep working: their
own tests (test_quizzes, test_search, test_pages, test_exam, test_progress) run on the same
pages."""

import pytest

from browser import harness, site_map

pytestmark = pytest.mark.browser

EDITOR_PAGES = sorted({ide.page for ide in site_map.ides()})
PAGES = [rel for rel in site_map.pages() if rel not in EDITOR_PAGES] + ["404.html"]


def _load(browser, built_site, rel, *, wait_pyodide=False):
    tab = harness.new_tab(browser, built_site, measure=True)
    asked = []
    tab.page.on("request", lambda request: asked.append(request.url))
    harness.goto(tab, rel, wait_pyodide=wait_pyodide)
    tab.page.wait_for_load_state("networkidle")
    return tab, asked


def test_the_pages_without_an_editor_are_found():
    assert "lambda/" in PAGES and "exam/" in PAGES and "lambda/practice/" not in PAGES


@pytest.mark.parametrize("rel", PAGES)
def test_a_page_without_an_editor_loads_no_editor_machinery(browser, built_site, rel):
    tab, asked = _load(browser, built_site, rel)
    try:
        machinery = [u for u in asked if harness.EDITOR_MACHINERY.search(u)]
        assert not machinery, f"{rel} has no editor but asks for:\n" + "\n".join(machinery)
        total = sum(size for _, size, _ in tab.network.served)
        target = harness.weight_target(rel)
        biggest = sorted(((size, url) for _, size, url in tab.network.served), reverse=True)[:5]
        assert total <= target, (
            f"{rel} downloads {total:,} gzip bytes, more than {target:,}; biggest: {biggest}")
        assert not tab.errors, "\n".join(tab.errors)
        assert not tab.network.blocked and not tab.network.missing, (
            tab.network.blocked, tab.network.missing)
    finally:
        tab.close()


def test_a_practice_page_still_gets_the_editor_machinery(browser, built_site):
    tab, asked = _load(browser, built_site, "lambda/practice/", wait_pyodide=True)
    try:
        for needed in ("/npm/jquery@", "/npm/lodash@", "/js-libs/0-config.js",
                       "/js-scripts/subscriptions.js", "/js-per-pages/4-ideRunner-ide.js",
                       "/assets/speed.js", "/assets/terminal.js", "/pyodide/"):
            assert any(needed in u for u in asked), f"lambda/practice/ did not ask for {needed}"
        assert harness.editor_ids(tab.page), "no editor on lambda/practice/"
        assert not tab.errors, "\n".join(tab.errors)
    finally:
        tab.close()
