"""What every Practice page tells a learner before the first exercise."""

import re

from browser import site_map


def test_every_practice_page_has_the_shared_introduction():
    """How Run, Validate and attempts work, and that a computer is easier: one text,
    docs/includes/practice-intro.md, included by every page that has an exercise."""
    practice = sorted({ide.page for ide in site_map.ides()})
    assert practice
    for md in site_map.markdown_pages():
        if site_map.page_rel(md) in practice:
            text = md.read_text(encoding="utf-8")
            assert re.search(r'^--8<-- "practice-intro\.md"$', text, re.M), (
                f"{md}: the introduction is missing (add --8<-- \"practice-intro.md\" under the title)")


def test_practice_introduction_explains_attempts_and_phones(built_site):
    html = (built_site / "lambda" / "practice" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", html)
    assert "Best on a computer" in text
    assert "hidden" in text and "attempts" in text


def test_statements_list_what_the_editor_defines():
    """A name the env section gives the learner (a price, a limit, a helper) is shown in the
    statement by `{{ editor_names(...) }}`, read from env itself, right before the editor."""
    from site_macros import editor_names

    sources = {site_map.page_rel(md): md for md in site_map.markdown_pages()}
    for ide in site_map.ides():
        md = sources[ide.page]
        text = md.read_text(encoding="utf-8")
        call = f"{{{{ editor_names('{ide.exercise_id}') }}}}\n\n{{{{ IDE("
        if editor_names.defined_names(ide.exercise_id):
            assert call in text, f"{md}: add {{{{ editor_names('{ide.exercise_id}') }}}} before its IDE"
