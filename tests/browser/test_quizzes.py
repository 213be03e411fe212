"""Every page quiz (``{{ quiz("topic") }}``, rendered from the question bank by
questions/mkdocs_hooks.py and made interactive by docs/assets/learn.js): the right answers
score n/n, one wrong answer scores (n-1)/n, no question has more right answers than it asks
for, and the quiz reads well (issue 14, item 5): an instruction above it, buttons with visible
text, every option explained under its question after checking, a missed right answer shown
differently from a wrong pick, answers left-aligned on phones.

The right answers are the ones the page ships (``data-correct``, see harness.quiz_keys)."""

import re

import pytest

from browser import harness, site_map

pytestmark = pytest.mark.browser
PICK = {"TWO": 2, "THREE": 3, "FOUR": 4}


def wrong_choices(question):
    """A plausible wrong answer: the first wrong option alone (single), or one right answer
    short and one wrong added (multiple)."""
    wrong = [i for i in range(question["items"]) if i not in question["correct"]]
    if question["type"] == "single":
        return [wrong[0]]
    return question["correct"][:-1] + [wrong[0]]


def test_every_built_quiz_is_checked(built_site):
    with_quiz = {rel for rel in site_map.built_pages(built_site)
                 if 'class="bank-quiz"' in (built_site / rel / "index.html").read_text(encoding="utf-8")}
    assert with_quiz == set(site_map.quiz_pages()), (with_quiz, site_map.quiz_pages())
    for rel in site_map.built_pages(built_site):
        html = (built_site / rel / "index.html").read_text(encoding="utf-8")
        assert "py_mk_admonition_qcm" not in html, f"{rel}: a PMT multi_qcm is left"


@pytest.mark.parametrize("rel", site_map.quiz_pages())
def test_quizzes(browser, built_site, rel):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, rel)
        page.wait_for_selector(".bank-quiz.is-ready")
        quizzes = harness.quiz_keys(page)
        assert quizzes, f"{rel}: the source calls quiz() but the page shows no quiz"
        for quiz in quizzes:
            box = page.locator(f".bank-quiz[data-quiz='{quiz['key']}']")
            assert "Check answers" in box.locator(".bank-quiz-help").inner_text()
            for name in ("Check answers", "Clear answers"):
                assert box.get_by_role("button", name=name).is_visible(), f"no visible {name!r} button"
            questions = quiz["questions"]
            n = len(questions)
            for q in questions:
                m = re.search(r"\(Select (\w+)\.\)", q["stem"])
                if q["type"] == "single":
                    assert len(q["correct"]) == 1 and not m and set(q["inputs"]) == {"radio"}, q
                else:
                    assert m and PICK[m.group(1)] == len(q["correct"]), (
                        f"{q['id']}: the stem asks for {m and m.group(1)}, {len(q['correct'])} are right")
                    assert set(q["inputs"]) == {"checkbox"}, q
            right = harness.answer_quiz(page, quiz, [q["correct"] for q in questions])
            assert right == f"{n}/{n}", f"{quiz['key']}: the right answers score {right}"
            for i in range(n):
                picks = [q["correct"] for q in questions]
                picks[i] = wrong_choices(questions[i])
                score = harness.answer_quiz(page, quiz, picks)
                assert score == f"{n - 1}/{n}", f"{quiz['key']}: a wrong answer to question {i + 1} scores {score}"
            # After the last check (question n wrong): every option's explanation shows under
            # its question, and the missed right answer is marked apart from the wrong pick.
            last = box.locator(f".bank-q[data-id='{questions[-1]['id']}']")
            assert last.locator(".bank-why:visible").count() == questions[-1]["items"]
            missed, wrong = last.locator(".bank-opt.is-missed"), last.locator(".bank-opt.is-wrong")
            assert missed.count() == 1 and wrong.count() == 1
            m_style = missed.evaluate("e => [getComputedStyle(e).borderStyle, e.innerText]")
            w_style = wrong.evaluate("e => [getComputedStyle(e).borderStyle, e.innerText]")
            assert m_style[0] != w_style[0] and "did not pick" in m_style[1] and "wrong" in w_style[1]
        page.set_viewport_size({"width": 390, "height": 844})
        aligns = page.eval_on_selector_all(".bank-opt label", "els => [...new Set(els.map(e => getComputedStyle(e).textAlign))]")
        assert set(aligns) <= {"left", "start"}, aligns
        # Issue 20, item 14: each answer's whole row is a tap target of at least 44 px.
        rows = page.eval_on_selector_all(".bank-choice", """els => els.map(e => {
            const r = e.getBoundingClientRect(); return [r.width, r.height, !!e.querySelector('input')]; })""")
        assert rows and all(h >= 44 and w >= 300 and has for w, h, has in rows), rows[:5]
        # Issue 20, item 9: the question's number is on the question, not beside an answer.
        numbering = page.evaluate("""() => {
            const list = document.querySelector('.bank-quiz-list');
            const legend = list.querySelector('.bank-q legend');
            return [getComputedStyle(list).listStyleType, getComputedStyle(legend, '::before').content];
        }""")
        assert numbering[0] == "none" and "counter(bank-q)" in numbering[1], numbering
        assert not tab.errors, tab.errors
    finally:
        tab.close()
