"""MkDocs hook: keep the search index to the prose a reader searches for.

Material's search index is downloaded by every page (about 84 KB gzip with every block in
it, the largest single file of a reading page). Code blocks, collapsible boxes (examples,
hints, "The diagram as text") and tables repeat what the prose and headings around them
already say, so they are marked ``data-search-exclude``, which Material's search plugin
skips. Headings and prose stay searchable; nothing changes on the page itself.
"""

import re

# Opening tags of the blocks to leave out: code blocks, <details> boxes, tables.
_BLOCKS = re.compile(r'<(div class="highlight"|details\b|table\b)')


def on_page_content(html, page, config, files):
    return _BLOCKS.sub(lambda m: f"<{m.group(1)} data-search-exclude", html)
