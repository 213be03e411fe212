"""Light pages (issue 10): diagrams drawn at build time, no mermaid or MathJax runtime."""

import importlib.util
import re

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("diagrams_hook", ROOT / "diagrams" / "hook.py")
hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hook)

DIAGRAMS = hook.markdown_diagrams()
STAMP = f'data-mermaid="{hook.mermaid_version()}" data-renderer="{hook.RENDERER_VERSION}"'


def test_the_pages_have_diagrams():
    assert DIAGRAMS, "no ```mermaid block found in docs/: is the fence pattern still right?"


@pytest.mark.parametrize(("md", "text"), DIAGRAMS,
                         ids=[f"{md.relative_to(ROOT)}#{hook.diagram_hash(t)}" for md, t in DIAGRAMS])
def test_every_diagram_has_a_current_drawing(md, text):
    paths = hook.stored_paths(hook.diagram_hash(text))
    missing = [p.name for p in paths.values() if not p.is_file()]
    assert not missing, f"{md.relative_to(ROOT)}: {missing} missing: run `make diagrams`\n{text}"
    for kind in ("light", "dark"):
        svg = paths[kind].read_text(encoding="utf-8")
        assert STAMP in svg, (f"{paths[kind].name} was drawn by another mermaid or renderer version "
                              f"(wanted {STAMP}): run `make diagrams`")
        assert svg.lstrip().startswith("<svg") and "</svg>" in svg, paths[kind].name
    assert paths["text"].read_text(encoding="utf-8").strip(), f"{paths['text'].name}: no text alternative"


def test_no_unused_drawing_is_kept():
    used = {hook.diagram_hash(t) for _, t in DIAGRAMS}
    unused = sorted(p.name for p in hook.SVG_DIR.iterdir() if re.split(r"[-.]", p.name)[0] not in used)
    assert not unused, f"drawings no diagram uses any more: {unused}: run `make diagrams`"


def test_a_diagram_without_drawing_fails_the_build_clearly():
    html = '<h2 id="x">Flow</h2><pre class="mermaid"><code>flowchart LR\n  A --&gt; NeverDrawn</code></pre>'
    with pytest.raises(LookupError, match=r"run `make diagrams`"):
        hook.render_page(html, "docs/x.md")


def test_a_drawn_diagram_is_inlined_with_a_name_and_a_text_alternative():
    md, text = DIAGRAMS[0]
    html = f'<h2 id="x">How it flows<a class="headerlink" href="#x">&para;</a></h2>' \
           f'<pre class="mermaid"><code>{text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</code></pre>'
    out = hook.render_page(html)
    assert 'class="mermaid"' not in out
    assert out.count("<svg ") == 2, "one drawing per palette"
    assert out.count('role="img" aria-label="Diagram: How it flows"') == 2
    assert '<details class="diagram-text">' in out and "<li>" in out


def html_pages(site):
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("index.html")}


def test_built_pages_load_no_mermaid_and_mathjax_only_with_maths(built_site):
    for name, html in html_pages(built_site).items():
        assert 'class="mermaid"' not in html, f"{name}: a mermaid block was not replaced by its drawing"
        assert "mermaid@" not in html and "mermaid.min.js" not in html, f"{name} loads mermaid"
        has_maths = 'class="arithmatex"' in html
        assert ("mathjax@" in html) == has_maths, f"{name}: maths {has_maths}, loads MathJax {not has_maths}"


def test_terminal_stylesheet_only_where_pmt_draws_a_terminal(built_site):
    """overrides/main.html drops PMT's jquery.terminal stylesheet from pages without an editor
    or terminal; a PMT upgrade that changes the tag would bring it back on every page."""
    for name, html in html_pages(built_site).items():
        if name.startswith(("assets/", "search/")):
            continue
        has_terminal = 'class="py_mk_' in html
        loads = "jquery.terminal.min.css" in html
        assert loads == has_terminal, f"{name}: terminal {has_terminal}, loads its stylesheet {loads}"


EDITOR_MACHINERY = re.compile(r'(?:src|href)="[^"]*(?:/npm/jquery@|/npm/lodash@|/js-libs/|/js-per-pages/'
                              r'|/js-scripts/|assets/speed\.js|assets/terminal\.js)')


def test_editor_machinery_only_where_pmt_builds_a_widget(built_site):
    """overrides/main.html (issue 22): a page without PMT's widgets gets no jQuery, lodash,
    PMT scripts or editor-only site scripts, and keeps PMT's generic stylesheet; a page with
    an editor gets all of them, as PMT gives them. It reads PMT's per-page list of the classes
    it builds (`CONFIG.overlordClasses = [...]`): if PMT wrote it otherwise, every page would
    get everything again, and this fails."""
    pages = html_pages(built_site)
    pages["404.html"] = (built_site / "404.html").read_text(encoding="utf-8")
    lean = 0
    for name, html in pages.items():
        widget = 'class="py_mk_' in html
        tags = sorted({re.sub(r'^(?:src|href)="[./]*', "", t) for t in EDITOR_MACHINERY.findall(html)})
        if widget:
            assert len(tags) == 7, f"{name} has an editor but loads only {tags}"
            assert 'type="importmap"' in html, f"{name}: PMT's import map is missing"
        else:
            lean += 1
            assert not tags, f"{name} has no editor but loads {tags}"
            assert "pyodide-css/0-generic.css" in html, f"{name}: PMT's generic stylesheet is missing"
            assert "assets/learn.js" in html and "assets/a11y.js" in html, name
    assert lean >= 15, "pages without an editor: the check found too few"


def test_search_index_leaves_out_code_boxes_and_tables(built_site):
    """site_macros/search_scope.py: the index every page downloads holds the prose and the
    headings, not the code blocks, collapsible boxes and tables that repeat them."""
    import json

    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "lambda_monthly_cost(3_000_000" not in text and ">>>" not in text, "a code block is indexed"
    titles = {doc["title"] for doc in index["docs"]}
    assert "Compute a Lambda bill" in titles, "exercise headings stay searchable"
    assert any("Lambda" in doc["text"] for doc in index["docs"]), "prose stays searchable"


def test_practice_pages_preload_the_pyodide_that_pmt_loads(built_site):
    """overrides/main.html preloads Pyodide's files: same version and pyodide.js hash as PMT's
    runner asks for, or the browser would download them twice."""
    runner = (built_site / "js-per-pages" / "2-pyodideSectionsRunner-runner-pyodide.js").read_text(encoding="utf-8")
    src = re.search(r'src:\s*"(https://cdn\.jsdelivr\.net/pyodide/v[\d.]+/full/)pyodide\.js"', runner)
    integrity = re.search(r'integrity:\s*"([^"]+)"', runner[src.end():])
    assert src and integrity, "PMT's runner no longer loads pyodide.js as expected: review overrides/main.html"
    for name, html in html_pages(built_site).items():
        preloads = re.findall(r'<link rel="(?:module)?preload" href="([^"]+)"', html)
        if 'class="py_mk_ide' in html:
            assert f"{src[1]}pyodide.asm.wasm" in preloads, f"{name}: Pyodide is not preloaded from {src[1]}"
            assert f'integrity="{integrity[1]}"' in html, f"{name}: the pyodide.js preload has another hash"
        else:
            assert not preloads, f"{name} has no editor but preloads {preloads}"
