"""The site builds with --strict, and the built pages keep the promises the README makes."""

import re
import zipfile

import yaml

from conftest import ROOT


def html_pages(site):
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
            for p in site.rglob("index.html")}


def test_strict_build_succeeds(built_site):
    assert (built_site / "index.html").is_file()


def test_every_nav_entry_is_built(built_site):
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)

    def walk(items):
        for item in items:
            if isinstance(item, str):
                yield item
            else:
                for value in item.values():
                    yield from (walk(value) if isinstance(value, list) else [value])

    for page in walk(config["nav"]):
        out = page[:-3] + "/index.html" if not page.endswith("index.md") else page[:-8] + "index.html"
        assert (built_site / out).is_file(), f"{page} was not built"


def test_grader_library_ships_no_exercise(built_site):
    with zipfile.ZipFile(built_site / "awsgrader.zip") as archive:
        names = archive.namelist()
        assert any(n.endswith("checks.py") for n in names)
        for name in names:
            assert "exo" not in name and "wrong" not in name, name
            if name.endswith(".py"):
                assert "PYODIDE:" not in archive.read(name).decode(), name


RUNTIME_SCRIPT = re.compile(r'<script src="[^"]*js-per-pages/(?!qcms-qcm)[^"]*"')


def test_reading_pages_load_no_python_runtime(built_site):
    """Only Practice pages load PMT's IDE and Pyodide machinery (quizzes need neither)."""
    for name, html in html_pages(built_site).items():
        has_ide = 'class="py_mk_ide' in html
        loads_runtime = bool(RUNTIME_SCRIPT.search(html))
        assert has_ide == loads_runtime, f"{name}: IDE {has_ide}, runtime scripts {loads_runtime}"
        if not name.endswith("practice/index.html"):
            assert not loads_runtime, f"{name} is a reading page but loads the Python runtime"


def test_no_google_fonts_or_floating_mermaid(built_site):
    for name, html in html_pages(built_site).items():
        assert "fonts.googleapis.com" not in html, name
        assert "unpkg.com" not in html, name


def test_pages_print_facts_from_the_fact_sheet(built_site):
    from awsgrader.facts import awslambda

    html = (built_site / "lambda/practice/index.html").read_text(encoding="utf-8")
    assert f"{awslambda.GB_SECOND_PRICE['x86_64']:.10f}".rstrip("0") in html
    # One "checked" line under the title, and the sources as small links, not inline tags.
    assert html.count('class="page-checked"') == 1
    assert re.search(r"checked against AWS (on|between) 20\d\d-\d\d-\d\d", html)
    assert 'class="fact-source"' in html
    assert "unconfirmed" not in html


def test_sources_page_lists_every_fact(built_site):
    from awsgrader.facts import FACTS

    html = (built_site / "sources/index.html").read_text(encoding="utf-8")
    for key in FACTS:
        assert re.search(rf"<code>{re.escape(key)}</code>", html), key


def test_search_index_keeps_words_apart(built_site):
    # An exercise's header ends a line with <br>: without whitespace after it, the search
    # index glued "about 10 min" to "You practise" ("minYou").
    import json

    docs = json.loads((built_site / "search" / "search_index.json").read_text())["docs"]
    glued = [d["location"] for d in docs if "minYou" in d["text"]]
    assert not glued, glued


def test_every_page_has_its_own_title(built_site):
    """Browser tabs and history tell pages apart: the nine Practice pages are no longer all
    "Practice - AWS Compute by Doing" (issue 20, item 15)."""
    titles = {}
    for name, html in html_pages(built_site).items():
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        titles.setdefault(title, []).append(name)
    shared = {t: names for t, names in titles.items() if len(names) > 1}
    assert not shared, f"pages with the same <title>: {shared}"
    assert titles.get("Lambda practice - AWS Compute by Doing") == ["lambda/practice/index.html"]


def test_pmt_messages_use_english_typography(built_site):
    """No French spacing before ! or : in PMT's messages (issue 20, item 16): its success
    message is configured (mkdocs.yml, lang), its two hard-coded labels rewritten (main.py)."""
    import main

    practice = html_pages(built_site)["lambda/practice/index.html"]
    assert '"successHead": {"msg": "Well done!"' in practice
    assert "Bravo !" not in practice
    counters = re.findall(r'<span class="compteur_txt">([^<]*)</span>', practice)
    assert counters and set(counters) == {"Attempts left: "}, counters
    assert main.english_typography('<span class="rem_fake_h3">Comments :</span>') == \
        '<span class="rem_fake_h3">Comments:</span>'
