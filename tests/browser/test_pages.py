"""Every page as a reader gets it, offline, in Chromium: no console error, no request outside
the pinned CDN files, every diagram present as an inline SVG, no broken internal link or anchor, no
serious or critical axe-core violation in the light and the dark palette, no sideways scroll
at 390 px."""

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
    compressed and shows them once the exercise is solved, so the table of contents links to
    them before they exist: those links are not broken, they open once solved."""
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
            # MkDocs numbers repeated headings: read-more, read-more_1, ...
            hidden = re.sub(r"_\d+$", "", fragment) in solution_anchors(target_rel)
            if fragment not in ids and not hidden:
                broken.append(f"{href}: no element with id {fragment!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("rel", PAGES)
def test_axe(page_reports, rel, scheme):
    report = _report(page_reports, rel)
    violations = report[f"axe_{scheme}"]
    assert not violations, f"{len(violations)} serious/critical axe-core findings:\n" + "\n".join(violations)


@pytest.mark.parametrize("rel", PAGES)
def test_no_sideways_scroll_at_390px(page_reports, rel):
    report = _report(page_reports, rel)
    assert report["overflow_390"] <= 0, (
        f"the page scrolls {report['overflow_390']} px sideways at 390 px; too wide: "
        f"{report.get('too_wide')}")
