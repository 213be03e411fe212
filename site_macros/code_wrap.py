"""MkDocs hook: on a phone, a wrapped line of code hangs under its own indentation.

Code blocks wrap on narrow screens (extra.css), so that a reader sees every character without
scrolling sideways. A wrapped line's continuation used to start at column 0, where it read
as a new, unindented line: in Python, where indentation is meaning, that misleads. Each line
of code is its own span (``pymdownx.highlight``'s ``line_spans``); this hook writes the
line's indentation, in characters, on its span (``style="--indent: 4"``), and the stylesheet
starts the continuation of that line four characters further in (a hanging indent). Nothing
changes for the text itself: copying the code copies the same characters.
"""

import html
import re

# A line's span, as pymdownx.highlight writes it with line_spans: __span.
_LINE = re.compile(r'<span id="__span-\d+-\d+">')
_TAG = re.compile(r"<[^>]+>")
TAB = 4


def indentation(line_html):
    """Leading spaces of a line of highlighted code (tags removed, a tab counted as 4)."""
    text = html.unescape(_TAG.sub("", line_html))
    stripped = text.lstrip(" \t")
    if not stripped.strip():
        return 0  # a blank line
    lead = text[: len(text) - len(stripped)]
    return lead.count(" ") + TAB * lead.count("\t")


def add_indents(page_html):
    out, last = [], 0
    for match in _LINE.finditer(page_html):
        end = page_html.find("\n", match.end())
        line = page_html[match.end(): end if end >= 0 else len(page_html)]
        out.append(page_html[last:match.start()])
        tag = match.group(0)
        out.append(tag[:-1] + f' style="--indent: {indentation(line)}">')
        last = match.end()
    out.append(page_html[last:])
    return "".join(out)


def on_page_content(html_text, page, config, files):
    if '<span id="__span-' not in html_text:
        return html_text
    return add_indents(html_text)
