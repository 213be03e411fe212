"""Every exercise states its difficulty, time, "You practise" line and 2 to 4 hints
(exercises/<service>/<slug>/meta.yml), shown by the macros of site_macros/exercise_meta.py."""

import re
import sys

import pytest

from browser import site_map
from exercise_runner import ROOT, discover

sys.path.insert(0, str(ROOT))
from site_macros import exercise_meta  # noqa: E402

EXERCISES = discover()
IDS = [e.id for e in EXERCISES]
LINK = re.compile(r"\]\(([^)\s#]+\.md)(#[^)\s]*)?\)")


def solution_lines(ex):
    """The reference's lines that are worth hiding: not comments, imports or tiny lines."""
    out = []
    for line in ex.sections["corr"].splitlines():
        text = line.strip()
        if len(text) < 16 or text.startswith(("#", "import ", "from ")):
            continue
        out.append(text)
    return out


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_every_exercise_has_valid_meta(ex):
    meta = exercise_meta.load_meta(ex.id)  # raises with the problems
    assert exercise_meta.meta_problems(meta) == []
    assert 2 <= len(meta["hints"]) <= 4


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_no_hint_contains_a_line_of_the_solution(ex):
    hints = exercise_meta.load_meta(ex.id)["hints"]
    squash = [" ".join(h.split()) for h in hints]
    for line in solution_lines(ex):
        for n, hint in enumerate(squash, 1):
            assert " ".join(line.split()) not in hint, f"{ex.id}: hint {n} gives away {line!r}"


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_first_hint_links_a_section_and_last_describes_the_approach(ex):
    hints = exercise_meta.load_meta(ex.id)["hints"]
    assert LINK.search(hints[0]) and "#" in hints[0], (
        f"{ex.id}: hint 1 must link the page section that teaches the concept")
    assert hints[-1].startswith("In words:") or any(h.startswith("In words:") for h in hints), (
        f"{ex.id}: one of the last hints describes the approach step by step, 'In words: ...'")


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_hint_links_point_at_real_pages_and_anchors(ex, built_site):
    for hint in exercise_meta.load_meta(ex.id)["hints"]:
        for target, anchor in LINK.findall(hint):
            page = site_map.page_rel(ROOT / "docs" / target)
            html = built_site / page / "index.html"
            assert html.is_file(), f"{ex.id}: a hint links {target}, which is not a page"
            if anchor:
                assert f'id="{anchor[1:]}"' in html.read_text(encoding="utf-8"), (
                    f"{ex.id}: a hint links {target}{anchor}, which has no such anchor")


def test_difficulty_is_shown_the_same_way_everywhere():
    one = exercise_meta.header_markdown("warmup/request_cost")
    minutes = exercise_meta.load_meta("warmup/request_cost")["minutes"]
    assert "Difficulty" in one and "●○○" in one and f"about {minutes} min" in one
    three = exercise_meta.header_markdown("batch/job_waves")
    assert three.replace("●●●", "●○○").replace("3 of 3, harder", "1 of 3, easy").startswith(
        one[:one.index("●")]), "the same markup for every level"
    assert "**You practise:** Lambda request pricing; a function that returns a value" in one


def test_hints_render_collapsed_in_order_with_links_relative_to_the_page():
    text = exercise_meta.hints_markdown("lambda/api_handler", "lambda/practice.md", "x.js")
    titles = re.findall(r'^\?\?\? tip "Hint (\d)"$', text, re.M)
    assert titles == ["1", "2", "3", "4"], "collapsed ??? blocks, numbered in order"
    assert "](../apigateway/index.md#lambda-proxy)" in text
    assert "](../warmup/practice.md#get)" in text


def test_warmup_page_orders_its_exercises_from_the_easiest():
    order = [i.exercise_id for i in site_map.ides() if i.page == "warmup/practice/"]
    levels = [exercise_meta.load_meta(e)["difficulty"] for e in order]
    assert len(order) >= 6 and levels == sorted(levels), list(zip(order, levels))


def _pages_with_ides():
    pages = {}
    for ide in site_map.ides():
        pages.setdefault(ide.page, []).append(ide.exercise_id)
    return sorted(pages.items())


def _source(page):
    for md in site_map.markdown_pages():
        if site_map.page_rel(md) == page:
            return md.read_text(encoding="utf-8")
    raise LookupError(page)


def _check_page(page, exercise_ids):
    text = _source(page)
    for ex_id in exercise_ids:
        ide = text.index(f"exercises/{ex_id}/exo")
        header = text.find(f'exercise_header("{ex_id}")')
        hints = text.find(f'exercise_hints("{ex_id}")')
        assert 0 <= header < ide, f"{page}: no {{{{ exercise_header(\"{ex_id}\") }}}} above its IDE"
        assert hints > ide, f"{page}: no {{{{ exercise_hints(\"{ex_id}\") }}}} under its IDE"


def test_warmup_page_shows_header_and_hints_for_every_ide():
    pages = dict(_pages_with_ides())
    _check_page("warmup/practice/", pages["warmup/practice/"])


@pytest.mark.parametrize(("page", "exercise_ids"), _pages_with_ides(),
                         ids=[p for p, _ in _pages_with_ides()])
def test_every_ide_has_its_header_and_hints(page, exercise_ids):
    _check_page(page, exercise_ids)


def _nav():
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader)["nav"]


def test_next_steps_gives_read_quiz_practise_then_the_next_topic():
    text = exercise_meta.next_steps_markdown("lambda", _nav(), "lambda/index.md")
    assert "**Read**" in text and "[quiz](#quiz)" in text
    assert "[Practice page](practice.md)" in text
    assert "**Next**: [Amazon API Gateway](../apigateway/index.md)" in text
    serverless = exercise_meta.next_steps_markdown("serverless", _nav(), "serverless/index.md")
    assert "Practice page" not in serverless, "serverless has no Practice page of its own"
    assert "**Next**: [AWS Lambda](../lambda/index.md)" in serverless
    # The exam link preselects this topic's questions (issue 20, item 3).
    assert "[practice exam on every AWS Lambda question](../exam/index.md?topic=lambda)" in text
    containers = exercise_meta.next_steps_markdown("containers", _nav(), "containers/index.md")
    assert "[practice exam](../exam/index.md)" in containers, "containers is no exam topic"
    assert "[Your progress](../progress/index.md)" in text
    last = exercise_meta.next_steps_markdown("compute", _nav(), "compute/index.md")
    assert "**Next**" not in last, "the exam and progress pages are not a next topic"


@pytest.mark.parametrize(("page", "exercise_ids"), _pages_with_ides(),
                         ids=[p for p, _ in _pages_with_ides()])
def test_every_page_orders_its_exercises_from_the_easiest(page, exercise_ids):
    levels = [exercise_meta.load_meta(e)["difficulty"] for e in exercise_ids]
    assert levels == sorted(levels), f"{page}: {list(zip(exercise_ids, levels))}"
