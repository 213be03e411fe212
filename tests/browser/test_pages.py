"""Every page as a reader gets it, offline, in Chromium: no console error, no request outside
the pinned CDN files, every diagram present as an inline SVG, no broken internal link or anchor
(the table of contents included, which lists no heading of an exercise's solution notes), no
serious or critical axe-core violation in the light and the dark palette at 1280 px and at
390 px, no sideways scroll at 390 px, and every table or diagram that scrolls inside its frame
at 390 px reachable from the keyboard and saying that it scrolls."""

import importlib.util
import re
import unicodedata
from urllib.parse import urldefrag, urlsplit

import pytest

from browser import harness, site_map

pytestmark = pytest.mark.browser

PAGES = site_map.pages()


def _slug(title):
    """Python-Markdown's toc slug (the one Material uses)."""
    title = re.sub(r"\{.*?\}\s*$", "", title)
    title = re.sub(r"[^\w\s-]", "", unicodedata.normalize("NFKD", title)).strip().lower()
    return re.sub(r"[-\s]+", "-", title)


def solution_anchors(rel):
    """Heading ids of the solution notes (exo_REM.md) of the page's exercises. PMT ships them
    compressed and shows them once the exercise is solved: the table of contents and the
    search index must not list them (site_macros/solution_toc.py)."""
    out = set()
    for ide in site_map.ides():
        if ide.page == rel:
            rem = site_map.ROOT / "exercises" / ide.exercise_id / "exo_REM.md"
            if rem.is_file():
                for line in rem.read_text(encoding="utf-8").splitlines():
                    match = re.match(r"#+\s+(.*)", line)
                    if match:
                        explicit = re.search(r"\{\s*#([\w-]+)", match.group(1))
                        if explicit:
                            out.add(explicit.group(1))
                        out.add(_slug(match.group(1)))
    return out


def test_every_built_page_is_checked(built_site):
    built = set(site_map.built_pages(built_site))
    assert built == set(PAGES), (
        f"built but not checked: {sorted(built - set(PAGES))}; "
        f"checked but not built: {sorted(set(PAGES) - built)}")


def _report(page_reports, rel):
    report = page_reports.get(rel)
    assert "visit_error" not in report, f"{rel or '/'}: {report['visit_error']}"
    return report


@pytest.mark.parametrize("rel", PAGES)
def test_no_console_errors(page_reports, rel):
    report = page_reports.get(rel)
    assert not report["errors"], "\n".join(report["errors"])
    assert not report["missing"], f"files missing from the site or the pinned CDN files: {report['missing']}"


@pytest.mark.parametrize("rel", PAGES)
def test_no_request_outside_pinned_cdn(page_reports, rel):
    """Fonts, icons, analytics, badges, floating CDN versions: each one fails."""
    report = page_reports.get(rel)
    assert not report["blocked"], "requests outside the site and the pinned CDN files:\n" + \
        "\n".join(report["blocked"])


def _diagrams_in_source(rel):
    """The ```mermaid blocks in the page's Markdown, as the build hook finds them."""
    spec = importlib.util.spec_from_file_location("diagrams_hook", site_map.ROOT / "diagrams" / "hook.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return sum(1 for md, _ in hook.markdown_diagrams() if site_map.page_rel(md) == rel)


@pytest.mark.parametrize("rel", PAGES)
def test_diagrams_present_as_inline_svg(page_reports, rel):
    """Each diagram is an inline SVG drawn at build time (no mermaid on the page), one shown
    in each palette, with an accessible name and a text alternative."""
    report = _report(page_reports, rel)
    expected = _diagrams_in_source(rel)
    for scheme, diagrams in report["diagrams"].items():
        assert len(diagrams) == expected, (
            f"{expected} mermaid blocks in the page's source, {len(diagrams)} diagrams on screen ({scheme})")
        for d in diagrams:
            assert d["shown"] == 1, f"diagram #{d['index']}: {d['shown']} drawings shown in the {scheme} palette"
            assert all(d["labels"]), f"diagram #{d['index']}: the drawing has no accessible name"
            assert d["text"], f"diagram #{d['index']}: no text alternative"


@pytest.mark.parametrize("rel", PAGES)
def test_internal_links_and_anchors(page_reports, built_site, rel):
    report = _report(page_reports, rel)
    base = harness.site_url()
    broken = []
    for href in sorted(set(report["links"])):
        if not href.startswith(base):
            continue
        target, fragment = urldefrag(href)
        path = urlsplit(target).path[len(urlsplit(base).path):]
        file = built_site / path
        if file.is_dir() or path.endswith("/") or path == "":
            file = file / "index.html"
        if not file.is_file():
            broken.append(f"{href}: no such page")
            continue
        if fragment and file.name == "index.html":
            target_rel = file.parent.relative_to(built_site).as_posix()
            target_rel = "" if target_rel == "." else target_rel + "/"
            ids = report["ids"] if target_rel == rel else _report(page_reports, target_rel)["ids"]
            if fragment not in ids:
                broken.append(f"{href}: no element with id {fragment!r}")
    assert not broken, "\n".join(broken)


def _unnumbered(fragment):
    """MkDocs numbers repeated headings: read-more, read-more_1, ..."""
    return re.sub(r"_\d+$", "", fragment)


@pytest.mark.parametrize("rel", [r for r in PAGES if r.endswith("practice/")])
def test_toc_lists_no_solution_heading(page_reports, rel):
    """Issue 20, item 7: the headings of the solution notes ("How the solution works", "Why
    multiply before dividing") exist only once an exercise is solved: the table of contents
    must not list them (a link that goes nowhere, and a title that gives the approach away)."""
    report = _report(page_reports, rel)
    hidden = solution_anchors(rel)
    assert hidden, f"{rel}: no solution notes found: the test looks in the wrong place"
    listed = [f for f in report["toc"] if _unnumbered(f) in hidden]
    assert not listed, f"{rel}: the table of contents lists solution headings: {listed}"
    missing = [f for f in report["toc"] if f not in report["ids"]]
    assert not missing, f"{rel}: the table of contents links to no element: {missing}"


def test_search_index_holds_no_solution_heading(built_site):
    """Issue 20, item 7: nor does the search index (no section, no title, no text)."""
    import json

    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    found = []
    for rel in {ide.page for ide in site_map.ides()}:
        titles = {t.lower() for t in solution_titles(rel)}
        for doc in docs:
            if not doc["location"].startswith(rel):
                continue
            fragment = doc["location"].partition("#")[2]
            if _unnumbered(fragment) in solution_anchors(rel) or doc["title"].lower() in titles:
                found.append(doc["location"])
    assert not found, f"solution headings in the search index: {found}"


def solution_titles(rel):
    """The headings of the page's solution notes, as a reader reads them."""
    out = []
    for ide in site_map.ides():
        rem = site_map.ROOT / "exercises" / ide.exercise_id / "exo_REM.md"
        if ide.page == rel and rem.is_file():
            for title in re.findall(r"^#+\s+(.*)$", rem.read_text(encoding="utf-8"), re.M):
                out.append(re.sub(r"\s*\{.*\}\s*$", "", title))
    return [t for t in out if t.lower() != "read more"]  # generic: a page may have one too


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("rel", PAGES)
def test_axe(page_reports, rel, scheme, width):
    report = _report(page_reports, rel)
    violations = report[f"axe_{scheme}" + ("_390" if width == 390 else "")]
    assert not violations, f"{len(violations)} serious/critical axe-core findings:\n" + "\n".join(violations)


@pytest.mark.parametrize("rel", PAGES)
def test_wide_content_says_it_scrolls_at_390px(page_reports, rel):
    """Issue 20, item 11: a table or diagram wider than a phone scrolls inside its frame; it
    must be reachable from the keyboard and say so (a line above it, docs/assets/wide.js)."""
    report = _report(page_reports, rel)
    assert not report["wide_390"], f"scrolls sideways with no cue at 390 px: {report['wide_390']}"


@pytest.mark.parametrize("rel", PAGES)
def test_no_sideways_scroll_at_390px(page_reports, rel):
    report = _report(page_reports, rel)
    assert report["overflow_390"] <= 0, (
        f"the page scrolls {report['overflow_390']} px sideways at 390 px; too wide: "
        f"{report.get('too_wide')}")
