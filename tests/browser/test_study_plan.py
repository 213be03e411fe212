"""The progress page's review per topic and its study plan (issue 21, docs/assets/progress.js),
from learners' records seeded in localStorage in the site's own format (review.js, exam.js,
learn.js): the new / learning / known counts follow the review entries (an entry of a
question no longer in the bank is not counted), the plan gives the first three suggestions
that apply in the order the page's text states, each with its reason, and every link of the
plan opens a page (and heading) of the built site."""

import json
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest

from browser import harness

pytestmark = pytest.mark.browser
PREFIX = "aws-compute-by-doing:"
REVIEW, HISTORY, QUIZ, SOLVED = (PREFIX + k for k in ("review", "exam-history", "quiz-best", "solved"))
NOW = datetime(2026, 6, 15, 10, 0, tzinfo=timezone.utc)
STAMP = "2026-06-01T08:00:00Z"


@pytest.fixture(scope="module")
def bank(built_site):
    return json.loads((built_site / "assets/bank.json").read_text(encoding="utf-8"))


def iso(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def ids_of(bank, topic):
    return [q["id"] for q in bank["questions"] if q["topic"] == topic]


def exercises_of(bank, topic):
    return [e for e in bank["exercises"] if e["topic"] == topic]


def attempt(when, topics, missed=(), kind="exam"):
    right = sum(v[0] for v in topics.values())
    length = sum(v[1] for v in topics.values())
    return {"date": iso(when), "length": length, "right": right, "pct": round(100 * right / length),
            "timed": False, "timeUsed": 60, "kind": kind, "topics": topics, "domains": {"3": [right, length]},
            "missed": list(missed), "expired": False}


def open_progress(tab, entries):
    """The progress page at NOW with ``entries`` ({key: record}) as the only saved items."""
    page = tab.page
    page.clock.set_fixed_time(NOW)
    harness.goto(tab, "progress/")
    page.evaluate("""entries => { localStorage.clear();
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, JSON.stringify(v)); }""", entries)
    page.reload(wait_until="load")
    page.wait_for_selector(".progress-box-list")
    page.wait_for_function("() => !/Loading/.test(document.getElementById('progress-plan').textContent)")
    return page


def plan(page):
    return [harness.squash_spaces(t) for t in page.locator("#progress-plan > li").all_inner_texts()]


def plan_links(page):
    return page.eval_on_selector_all("#progress-plan a", "els => els.map(a => [a.textContent, a.href])")


def assert_links_open_pages(page, site, links):
    """Every link of the plan: a page of the built site, which opens, with the linked heading."""
    base = harness.site_url()
    assert links, "the plan has no link"
    for text, href in links:
        assert href.startswith(base), (text, href)
        parts = urlsplit(href)
        rel = parts.path[len(urlsplit(base).path):]
        file = site / rel / "index.html" if rel.endswith("/") or not rel else site / rel
        assert file.is_file(), (text, href)
        if parts.fragment:
            assert f'id="{parts.fragment}"' in file.read_text(encoding="utf-8"), (text, href)
    pages = {}
    for text, href in links:
        pages.setdefault(href.split("#")[0], []).append((text, urlsplit(href).fragment))
    for address, targets in pages.items():
        response = page.goto(address, wait_until="load")
        assert response is not None and response.ok, (address, targets)
        for text, fragment in targets:
            if fragment:
                assert page.locator(f"[id='{fragment}']").count() == 1, (text, address, fragment)


def boxes(page):
    return {li["topic"]: (li["new"], li["learning"], li["known"], li["text"]) for li in page.eval_on_selector_all(
        ".progress-box-list > li", """els => els.map(e => ({topic: e.dataset.topic, new: +e.dataset.new,
            learning: +e.dataset.learning, known: +e.dataset.known, text: e.textContent}))""")}


def entry(box, due=None):
    return {"box": box, "due": due if box else None, "updated": STAMP}


# ---- New, learning, known per topic ------------------------------------------------------------

def test_boxes_per_topic_follow_the_review_entries(browser, built_site, bank):
    lam, ecs = ids_of(bank, "lambda"), ids_of(bank, "ecs")
    editor = exercises_of(bank, "lambda")[0]["editor"]
    items = {
        f"q:{lam[0]}": entry(1, "2026-06-16"), f"q:{lam[1]}": entry(3, "2026-06-10"),
        f"q:{lam[2]}": entry(5, "2026-07-01"), f"q:{lam[3]}": entry(0), f"q:{lam[4]}": entry(0),
        f"q:{ecs[0]}": entry(0),
        # No longer in the bank: dropped quietly, counted nowhere.
        "q:lambda-no-such-question": entry(2, "2026-06-10"), "q:ecs-removed-question": entry(0),
        # An exercise in the review is not a question.
        f"x:{editor}": entry(3, "2026-06-20"),
    }
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab, {REVIEW: {"v": 1, "items": items, "fails": {}}})
        got = boxes(page)
        expected = {t: (len(ids_of(bank, t)), 0, 0) for t in bank["topics"] if ids_of(bank, t)}
        expected["lambda"] = (len(lam) - 5, 3, 2)
        expected["ecs"] = (len(ecs) - 1, 0, 1)
        assert {t: v[:3] for t, v in got.items()} == expected
        assert list(got) == [t for t in bank["topics"] if ids_of(bank, t)]   # the menu's order
        name = bank["topics"]["lambda"]["name"]
        assert harness.squash_spaces(got["lambda"][3]) == f"{name}: {len(lam) - 5} new, 3 learning, 2 known"
        # The bar: one part per non-empty kind, as wide as its share of the topic's questions.
        widths = page.eval_on_selector_all(".progress-box-list > li[data-topic='lambda'] .progress-boxes > span",
                                           "els => els.map(e => [e.className, e.style.width])")
        n = len(lam)
        assert widths == [["box-known", f"{100 * 2 / n:.1f}%"], ["box-learning", f"{100 * 3 / n:.1f}%"],
                          ["box-new", f"{100 * (n - 5) / n:.1f}%"]]
        # Removed questions are dropped without a notice; the plan counts only what is due
        # on the site: lam[1] (box 3, due 2026-06-10), not the removed question.
        assert page.locator("#progress-summary .exam-notice").count() == 0
        assert plan(page)[0].startswith("Review 1 due item:")
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_damaged_review_entry_is_skipped_with_a_notice(browser, built_site, bank):
    lam = ids_of(bank, "lambda")
    items = {f"q:{lam[0]}": entry(0), f"q:{lam[1]}": {"box": 7, "due": "soon", "updated": 3}}
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab, {REVIEW: {"v": 1, "items": items, "fails": {}}})
        assert boxes(page)["lambda"][:3] == (len(lam) - 1, 0, 1)
        assert page.locator("#progress-summary .exam-notice").all_inner_texts() == [
            "1 saved review entry could not be read and was skipped."]
        assert not tab.errors, tab.errors
    finally:
        tab.close()


# ---- The study plan ------------------------------------------------------------------------------

def test_the_page_states_the_rule_in_the_plans_order(browser, built_site):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "progress/")
        text = harness.squash_spaces(page.locator("#plan + p").inner_text())
        steps = ["due for review today", "practice-exam accuracy is under 70 %", "weakest first",
                 "practice exam", "7 days", "page quiz", "next exercise", "menu's order"]
        at = 0
        for step in steps:   # each one after the one before
            found = text.find(step, at)
            assert found >= 0, (step, text[at:])
            at = found + len(step)
    finally:
        tab.close()


def test_nothing_recorded(browser, built_site, bank):
    topics = list(bank["topics"].values())
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab, {})
        assert plan(page) == [
            "Take a 20-question practice exam: you have not taken one yet.",
            f"Take the {topics[0]['name']} quiz: you have not checked its answers yet.",
            f"Take the {topics[1]['name']} quiz: you have not checked its answers yet.",
        ]
        links = plan_links(page)
        base = harness.site_url()
        assert links == [["Take a 20-question practice exam", base + "exam/"],
                         [f"Take the {topics[0]['name']} quiz", base + topics[0]["quiz"]],
                         [f"Take the {topics[1]['name']} quiz", base + topics[1]["quiz"]]]
        assert_links_open_pages(page, built_site, links)
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_due_reviews_come_first_then_the_weakest_topics(browser, built_site, bank):
    lam, ecs, batch = ids_of(bank, "lambda"), ids_of(bank, "ecs"), ids_of(bank, "batch")
    editor = exercises_of(bank, "lambda")[1]["editor"]
    items = {f"q:{lam[0]}": entry(1, "2026-06-15"), f"q:{ecs[0]}": entry(2, "2026-06-01"),
             f"x:{editor}": entry(3, "2026-06-14"),
             f"q:{lam[1]}": entry(1, "2026-06-16"),                  # due tomorrow
             "q:lambda-no-such-question": entry(1, "2026-06-01")}    # no longer on the site
    history = [
        # ECS 50 %, Lambda 40 %, Batch 80 %: two topics under 70 %, Lambda the weakest.
        attempt(NOW - timedelta(days=2), {"lambda": [2, 5], "ecs": [2, 4], "batch": [4, 5]},
                missed=lam[2:5] + ecs[1:3] + batch[:1]),
    ]
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab, {REVIEW: {"v": 1, "items": items, "fails": {}},
                                   HISTORY: {"v": 1, "attempts": history}})
        got = plan(page)
        assert len(got) == 3, got
        assert got[0] == ("Review 3 due items: due today under the Leitner rule; "
                          "reviewing on the due day is what makes them stick.")
        assert got[1].startswith(f"{bank['topics']['lambda']['name']}: 40 % in exams, under the 70 % pass mark; read ")
        assert got[2].startswith(f"{bank['topics']['ecs']['name']}: 50 % in exams, under the 70 % pass mark; read ")
        assert plan_links(page)[0] == ["Review 3 due items", harness.site_url() + "review/"]
        assert_links_open_pages(page, built_site, plan_links(page))
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_a_weak_topic_with_no_review_due(browser, built_site, bank):
    by_section = {}
    for q in bank["questions"]:
        if q["topic"] == "lambda":
            by_section.setdefault(q["section"]["url"], []).append(q)
    (most, most_qs), (other, other_qs) = sorted(by_section.items(), key=lambda kv: -len(kv[1]))[:2]
    assert len(most_qs) >= 2
    lam_ex = exercises_of(bank, "lambda")
    items = {f"q:{most_qs[0]['id']}": entry(2, "2026-06-17"), f"q:{other_qs[0]['id']}": entry(0)}
    history = [
        # Nine days ago: Lambda 1 of 4, the two missed of one section outnumber the other's one;
        # ECS at 75 % is not under the pass mark.
        attempt(NOW - timedelta(days=9), {"lambda": [1, 4], "ecs": [3, 4]},
                missed=[most_qs[0]["id"], most_qs[1]["id"], other_qs[0]["id"], ids_of(bank, "ecs")[0]]),
        # A later retry of missed questions: out of the accuracy and not "the last exam".
        attempt(NOW - timedelta(days=1), {"lambda": [3, 3]}, missed=[], kind="retry"),
    ]
    solved = {"v": 1, "editors": {lam_ex[0]["editor"]: STAMP}}      # the first Lambda exercise
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab, {REVIEW: {"v": 1, "items": items, "fails": {}},
                                   HISTORY: {"v": 1, "attempts": history}, SOLVED: solved})
        section = most_qs[0]["section"]
        assert plan(page) == [
            f"{bank['topics']['lambda']['name']}: 25 % in exams, under the 70 % pass mark; "
            f"read {section['title']}, then solve {lam_ex[1]['title']}.",
            "Take a 20-question practice exam: the last one was 9 days ago.",
            f"Take the {next(iter(bank['topics'].values()))['name']} quiz: you have not checked its answers yet.",
        ]
        base = harness.site_url()
        assert plan_links(page)[:3] == [[section["title"], base + section["url"]],
                                        [lam_ex[1]["title"], base + lam_ex[1]["url"]],
                                        ["Take a 20-question practice exam", base + "exam/"]]
        assert_links_open_pages(page, built_site, plan_links(page))
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_six_days_after_an_exam_no_exam_is_suggested(browser, built_site, bank):
    history = [attempt(NOW - timedelta(days=6), {"lambda": [4, 5]})]
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab, {HISTORY: {"v": 1, "attempts": history}})
        assert not any("practice exam" in p for p in plan(page)), plan(page)
        page = open_progress(tab, {HISTORY: {"v": 1, "attempts": [attempt(NOW - timedelta(days=7), {"lambda": [4, 5]})]}})
        assert plan(page)[0] == "Take a 20-question practice exam: the last one was 7 days ago."
    finally:
        tab.close()


def menu_order(bank):
    """The exercises as the menu lists their pages: the practice-only pages first (Python you
    need), then the topics, each in its page's order."""
    order = list(bank["practice_only"]) + list(bank["topics"])
    return sorted(bank["exercises"], key=lambda e: order.index(e["topic"]))


def test_quizzes_and_exam_done_the_next_exercises_in_the_menus_order(browser, built_site, bank):
    quizzes = {t: {"right": 5, "total": 5, "date": STAMP} for t, v in bank["topics"].items() if v["quiz"]}
    history = [attempt(NOW - timedelta(days=1), {t: [5, 5] for t in bank["topics"]})]
    first = menu_order(bank)
    solved = {"v": 1, "editors": {first[0]["editor"]: STAMP}}
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab, {QUIZ: {"v": 1, "scores": quizzes}, HISTORY: {"v": 1, "attempts": history},
                                   SOLVED: solved})
        assert plan(page) == [f"Solve {e['title']}: not solved yet (you practise {e['practise']})." for e in first[1:4]]
        assert_links_open_pages(page, built_site, plan_links(page))

        every = {"v": 1, "editors": {e["editor"]: STAMP for e in bank["exercises"]}}
        page = open_progress(tab, {QUIZ: {"v": 1, "scores": quizzes}, HISTORY: {"v": 1, "attempts": history},
                                   SOLVED: every})
        assert len(plan(page)) == 1 and plan(page)[0].startswith("Nothing left to suggest")
        assert not tab.errors, tab.errors
    finally:
        tab.close()

