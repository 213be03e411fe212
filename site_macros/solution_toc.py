"""MkDocs hook: the headings of an exercise's solution notes stay out of the table of contents.

PMT puts each exercise's solution and notes (``exo_REM.md``) into the page's Markdown, inside
``<div id="solution_editor_…" class="py_mk_hidden" data-search-exclude>``, and compresses
that part of the rendered page; it is shown only once the exercise is solved. Python-Markdown
builds the table of contents from the whole Markdown, so the notes' headings ("How the
solution works", "Why multiply before dividing", ...) were listed in Material's table of
contents: links that go nowhere before the exercise is solved, and titles that give the
approach away. This hook removes them from ``page.toc`` once the page is rendered (before
the theme draws the table of contents). The search index already leaves the whole part out
(``data-search-exclude``); tests/browser/test_pages.py checks both.
"""

from html.parser import HTMLParser

SOLUTION_PREFIX = "solution_"  # PMT's Prefix.solution_


class _SolutionIds(HTMLParser):
    """Every id inside a ``<div id="solution_…">`` of the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # open <div>s since the solution's <div>, 0 when outside
        self.ids = set()
        self.solutions = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            if tag == "div":
                self.depth += 1
            if attrs.get("id"):
                self.ids.add(attrs["id"])
        elif tag == "div" and (attrs.get("id") or "").startswith(SOLUTION_PREFIX):
            self.depth = 1
            self.solutions += 1

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1


def solution_ids(html):
    parser = _SolutionIds()
    parser.feed(html)
    parser.close()
    return parser.ids


def prune(items, hidden):
    """The table of contents' items without those whose id is hidden (children kept with
    their parent only)."""
    kept = []
    for item in items:
        if item.id in hidden:
            continue
        item.children = prune(item.children, hidden)
        kept.append(item)
    return kept


def on_page_content(html, page, config, files):
    if f'id="{SOLUTION_PREFIX}' not in html:
        return html
    hidden = solution_ids(html)
    if hidden and page.toc is not None:
        page.toc.items = prune(list(page.toc.items), hidden)
    return html
