"""Every quiz (PMT ``multi_qcm``): the right answers score full marks, a wrong answer does not.

The right answers are the ones the page itself ships (see harness.quiz_keys)."""

import pytest

from browser import harness, site_map

pytestmark = pytest.mark.browser


def wrong_choices(question):
    """A plausible wrong answer: the first wrong option alone, or, if every option is right,
    all but one."""
    wrong = [i for i in range(question["items"]) if i not in question["correct"]]
    return [wrong[0]] if wrong else question["correct"][:-1]


def test_every_built_quiz_is_checked(built_site):
    with_quiz = {rel for rel in site_map.built_pages(built_site)
                 if "py_mk_admonition_qcm" in (built_site / rel / "index.html").read_text(encoding="utf-8")}
    assert with_quiz <= set(site_map.quiz_pages()), sorted(with_quiz - set(site_map.quiz_pages()))


@pytest.mark.parametrize("rel", site_map.quiz_pages())
def test_quizzes(browser, built_site, rel):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, rel)
        page.wait_for_selector(".py_mk_admonition_qcm .check-btn", state="attached")
        quizzes = harness.quiz_keys(page)
        assert quizzes, f"{rel}: the source calls multi_qcm but the page shows no quiz"
        for quiz in quizzes:
            n = len(quiz["questions"])
            assert n and all(q["correct"] for q in quiz["questions"]), (
                f"{quiz['id']}: a question has no right answer: {quiz}")
            right = harness.answer_quiz(page, quiz, [q["correct"] for q in quiz["questions"]])
            assert right == f"{n}/{n}", f"{quiz['id']}: the right answers score {right}"
            for q in range(n):
                picks = [sorted(x["correct"]) for x in quiz["questions"]]
                picks[q] = wrong_choices(quiz["questions"][q])
                score = harness.answer_quiz(page, quiz, picks)
                assert score == f"{n - 1}/{n}", (
                    f"{quiz['id']}: a wrong answer to question {q + 1} scores {score}")
        assert not tab.errors, tab.errors
    finally:
        tab.close()
