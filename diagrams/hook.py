"""MkDocs hook: every ```mermaid diagram becomes a static, inline SVG drawn at build time.

The diagrams stay written as mermaid text in the Markdown. ``make diagrams``
(diagrams/render.py) draws each one with the pinned mermaid (node_modules/mermaid) in the
Chromium the browser tests use and stores the result here, keyed by a hash of the diagram's
text:

* ``svg/<hash>-light.svg`` and ``svg/<hash>-dark.svg``: mermaid's "default" and "dark"
  themes; the page shows the one that matches Material's palette (docs/assets/extra.css);
* ``svg/<hash>.txt``: the diagram as text (each arrow, box group or message on a line), shown
  under the drawing for readers who cannot see it.

The build reads those files and needs no browser and no mermaid. A diagram whose files are
missing fails the build with the command to run; tests/test_diagrams.py also fails when a
stored drawing is stale (drawn by another mermaid or renderer version) or no longer used.
Stdlib only: diagrams/render.py and the tests import it too.
"""

import hashlib
import html
import json
import re
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG_DIR = HERE / "svg"
ROOT = HERE.parent
# Bump when render.py changes how it draws: every stored drawing is then stale.
RENDERER_VERSION = "1"

# A fenced mermaid block in Markdown, possibly indented (inside an admonition or a tab).
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*mermaid\b[^\n]*\n(?P<body>.*?)\n(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S)
# The same block in the HTML that pymdownx.superfences writes (custom fence "mermaid").
HTML_BLOCK = re.compile(r'<pre class="mermaid"><code>(?P<body>.*?)</code></pre>', re.S)
HEADING = re.compile(r"<h[1-6][^>]*>(?P<title>.*?)</h[1-6]>", re.S)


def normalize(text):
    """The diagram's text as hashed: common indentation and trailing spaces removed."""
    lines = [line.rstrip() for line in textwrap.dedent(text).strip("\n").splitlines()]
    return "\n".join(lines).strip()


def diagram_hash(text):
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()[:16]


def mermaid_version():
    """The pinned mermaid (package.json), the one make diagrams draws with."""
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    return package["devDependencies"]["mermaid"]


def markdown_diagrams(docs=ROOT / "docs"):
    """Every mermaid diagram in the Markdown pages: [(page path, normalized text), ...]."""
    found = []
    for md in sorted(Path(docs).rglob("*.md")):
        for match in FENCE.finditer(md.read_text(encoding="utf-8")):
            body = "\n".join(line[len(match["indent"]):] for line in match["body"].split("\n"))
            found.append((md, normalize(body)))
    return found


def stored_paths(digest):
    return {kind: SVG_DIR / f"{digest}{suffix}"
            for kind, suffix in (("light", "-light.svg"), ("dark", "-dark.svg"), ("text", ".txt"))}


def _strip_tags(text):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text))).strip()


def figure(text, label):
    """The HTML for one diagram: both palettes' drawings and the text alternative."""
    digest = diagram_hash(text)
    paths = stored_paths(digest)
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise LookupError(f"no drawing for this diagram ({', '.join(missing)} missing in "
                          f"{SVG_DIR.relative_to(ROOT)}): run `make diagrams`.\n{text}")
    lines = [line for line in paths["text"].read_text(encoding="utf-8").splitlines() if line.strip()]
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    drawings = []
    for kind in ("light", "dark"):
        svg = paths[kind].read_text(encoding="utf-8").strip()
        svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
        width = re.search(r'max-width:\s*([\d.]+)px', svg)
        svg = re.sub(r'\srole="[^"]*"', "", svg, count=1)
        attributes = f'role="img" aria-label="{html.escape(label)}"'
        if width:
            # Never shrunk below 70 % of its drawn width: a narrow screen scrolls the
            # figure sideways instead of shrinking the text out of reach.
            svg = re.sub(r'style="max-width:\s*([\d.]+)px;?"',
                         lambda m: f'style="max-width: {m[1]}px; min-width: {float(m[1]) * 0.7:.0f}px;"',
                         svg, count=1)
        svg = svg.replace("<svg ", f"<svg {attributes} ", 1)
        drawings.append(f'<div class="diagram-{kind}">{svg}</div>')
    return (f'<figure class="diagram">'
            f'<div class="diagram-scroll" tabindex="0" role="group" aria-label="{html.escape(label)}">'
            f'{"".join(drawings)}</div>'
            f'<details class="diagram-text"><summary>The diagram as text</summary>'
            f'<ul>{items}</ul></details></figure>')


def render_page(content, page_name="page"):
    """Replace every mermaid block of a page's HTML with its stored drawing."""
    out, last = [], 0
    errors = []
    for match in HTML_BLOCK.finditer(content):
        text = html.unescape(match["body"])
        headings = list(HEADING.finditer(content, 0, match.start()))
        title = _strip_tags(headings[-1]["title"]).rstrip("¶").strip() if headings else ""
        label = f"Diagram: {title}" if title else "Diagram"
        try:
            block = figure(text, label)
        except LookupError as exc:
            errors.append(f"{page_name}: {exc}")
            continue
        out.append(content[last:match.start()])
        out.append(block)
        last = match.end()
    if errors:
        raise LookupError("\n\n".join(errors))
    out.append(content[last:])
    return "".join(out)


def on_page_content(html_content, page, config, files):
    from mkdocs.exceptions import PluginError

    if 'class="mermaid"' not in html_content:
        return html_content
    try:
        return render_page(html_content, page.file.src_uri)
    except LookupError as exc:
        raise PluginError(str(exc)) from None
