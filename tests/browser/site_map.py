"""What the browser suite tests, discovered from the pages' sources (nothing listed by hand).

* every page: each Markdown file MkDocs builds (``docs/**/*.md`` minus ``exclude_docs``);
* every exercise: each ``{{ IDE('../../exercises/<service>/<slug>/exo') }}`` call, in page
  order; the tests then check that the built page has exactly those IDEs and that each
  editor opens with that exercise's starter code;
* every quiz: each page whose source calls ``{{ quiz(...) }}`` (questions from the bank);
  the tests then answer every quiz the built page shows.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from exercise_runner import EXERCISES, ROOT, load_exercise
from site_macros.exercise_files import IDE_CALL  # exercise_runner puts ROOT on sys.path

DOCS = ROOT / "docs"


def _excluded(md):
    rel = md.relative_to(DOCS).as_posix()
    return rel.startswith("includes/") or rel.endswith("_REM.md")


def markdown_pages():
    return sorted(p for p in DOCS.rglob("*.md") if not _excluded(p))


def page_rel(md):
    """docs/lambda/practice.md -> 'lambda/practice/'; docs/index.md -> ''."""
    rel = md.relative_to(DOCS).with_suffix("").as_posix()
    if rel == "index":
        return ""
    if rel.endswith("/index"):
        return rel[: -len("index")]
    return rel + "/"


def pages():
    return [page_rel(md) for md in markdown_pages()]


@dataclass(frozen=True)
class IdeOnPage:
    page: str          # 'lambda/practice/'
    index: int         # position among the page's IDEs
    exercise_id: str   # 'lambda/monthly_cost'

    def exercise(self):
        return load_exercise(EXERCISES / self.exercise_id)


def ides():
    found = []
    for md in markdown_pages():
        text = md.read_text(encoding="utf-8")
        for index, match in enumerate(IDE_CALL.finditer(text)):
            found.append(IdeOnPage(page_rel(md), index, match.group("id")))
    return found


QUIZ_CALL = re.compile(r"\{\{\s*quiz\(")


def quiz_pages():
    return [page_rel(md) for md in markdown_pages() if QUIZ_CALL.search(md.read_text(encoding="utf-8"))]


def built_pages(site):
    """Every HTML page the build wrote, as a page address relative to the site."""
    out = []
    for html in sorted(Path(site).rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        out.append("" if rel == "." else rel + "/")
    return out
