"""Fixtures of the browser suite: one headless Chromium for the session, the built site, one
page load per Practice page (shared by all of its exercises' checks) and one visit per page
for the page checks."""

import pytest

from browser import harness


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = harness.launch(playwright)
        yield chromium
        chromium.close()


class PracticePages:
    """Keeps the current Practice page open while the checks of its exercises run.

    The checks come grouped by page (pytest keeps parametrization order), so the page loads
    once; moving to another page closes the previous one. A check that leaves the page
    unusable (a frozen tab, a timeout) calls ``discard`` and the next check reloads it.
    """

    def __init__(self, browser, site):
        self.browser, self.site = browser, site
        self.rel, self.tab, self.error = None, None, None

    def get(self, rel):
        if rel != self.rel:
            self.discard()
            self.rel = rel
            try:
                self.tab = harness.new_tab(self.browser, self.site)
                harness.goto(self.tab, rel, wait_pyodide=True)
                self.tab.ides = harness.editor_ids(self.tab.page)
            except Exception as exc:  # noqa: BLE001 - every check of this page reports it
                self.error = f"{rel} did not load with Pyodide ready: {exc}"
        if self.error:
            pytest.fail(self.error)
        return self.tab

    def discard(self):
        if self.tab is not None:
            try:
                self.tab.close()
            except Exception:  # noqa: BLE001 - a crashed page may refuse to close cleanly
                pass
        self.rel, self.tab, self.error = None, None, None


@pytest.fixture(scope="session")
def practice_pages(browser, built_site):
    pages = PracticePages(browser, built_site)
    yield pages
    pages.discard()


class PageReports:
    """Visits each page once (1280 px, light palette, then dark; then 390 px, dark, then
    light) and records everything the page checks need."""

    def __init__(self, browser, site):
        self.browser, self.site = browser, site
        self.reports = {}

    def get(self, rel):
        if rel not in self.reports:
            self.reports[rel] = self._visit(rel)
        return self.reports[rel]

    def _visit(self, rel):
        tab = harness.new_tab(self.browser, self.site)
        page = tab.page
        report = {}
        try:
            html = (self.site / rel / "index.html").read_text(encoding="utf-8")
            has_ide = 'class="py_mk_ide' in html
            harness.goto(tab, rel, wait_pyodide=has_ide)
            harness.settle(page)
            report["diagrams"] = {"light": harness.diagram_report(page)}
            report.update(harness.links_and_ids(page))
            report["toc"] = harness.toc_fragments(page)
            report["axe_light"] = harness.run_axe(page)
            harness.set_dark(page)
            report["axe_dark"] = harness.run_axe(page)
            report["diagrams"]["dark"] = harness.diagram_report(page)
            page.set_viewport_size({"width": 390, "height": 844})
            harness.settle(page)
            page.wait_for_timeout(100)  # wide.js checks again after a resize
            report["overflow_390"] = harness.sideways_overflow(page)
            report["wide_390"] = harness.wide_without_cue(page)
            report["axe_dark_390"] = harness.run_axe(page)
            harness.set_light(page)
            report["axe_light_390"] = harness.run_axe(page)
            if report["overflow_390"] > 0:
                report["too_wide"] = page.evaluate("""() => {
                    const w = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > w + 1)
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'));
                }""")
            page.wait_for_timeout(200)  # late console errors (e.g. from the resize)
        except Exception as exc:  # noqa: BLE001 - reported by every check of this page
            report["visit_error"] = f"{type(exc).__name__}: {exc}"
        finally:
            report["errors"] = list(tab.errors)
            report["blocked"] = list(tab.network.blocked)
            report["missing"] = list(tab.network.missing)
            tab.close()
        return report


@pytest.fixture(scope="session")
def page_reports(browser, built_site):
    return PageReports(browser, built_site)
