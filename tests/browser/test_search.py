"""The site's search: its index is fetched only once the reader starts a search
(overrides/main.html), and a search then finds pages."""

import re

import pytest

from browser import harness

pytestmark = pytest.mark.browser

INDEX = re.compile(r"/search/search_index\.json")


def _open(browser, built_site, rel, width=1280):
    tab = harness.new_tab(browser, built_site, width=width)
    asked = []
    tab.page.on("request", lambda request: asked.append(request.url))
    harness.goto(tab, rel)
    tab.page.wait_for_load_state("networkidle")
    return tab, asked


@pytest.mark.parametrize("width", [1280, 390])
def test_the_index_waits_for_a_search_and_then_finds_pages(browser, built_site, width):
    tab, asked = _open(browser, built_site, "lambda/", width)
    page = tab.page
    try:
        assert not [u for u in asked if INDEX.search(u)], "the search index loaded with the page"
        # The search box shows in the header of a wide screen; on a phone the search icon
        # opens it.
        query = page.locator("[data-md-component=search-query]")
        if not query.is_visible():
            page.locator("label[for=__search]:visible").first.click()
        query.fill("Fargate Spot")
        results = page.locator(".md-search-result__item")
        results.first.wait_for(timeout=15_000)
        assert [u for u in asked if INDEX.search(u)], "no search index was fetched"
        links = page.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
        assert any("/fargate/" in link for link in links), links
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_a_page_opened_from_a_search_result_gets_the_index(browser, built_site):
    tab, asked = _open(browser, built_site, "fargate/?h=spot")
    try:
        assert [u for u in asked if INDEX.search(u)], "the index is needed to highlight terms"
        assert not tab.errors, tab.errors
    finally:
        tab.close()
