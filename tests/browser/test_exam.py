"""The practice exam (docs/exam/index.md, docs/assets/exam.js), driven offline in Chromium.

Answers are chosen from the bank as the site ships it (assets/bank.json of the built site):
the test reads which question is on screen from the attempt saved in localStorage and clicks
the options by their bank index (``data-index``), whatever the shuffle shows.
The timer test uses the page's test hook ``?exam-time-limit=S`` (a timed attempt of S seconds).
"""

import json
import re
from collections import Counter
from urllib.parse import urldefrag, urlsplit

import pytest

from browser import harness

pytestmark = pytest.mark.browser
CURRENT = "aws-compute-by-doing:exam-current"
HISTORY = "aws-compute-by-doing:exam-history"


@pytest.fixture(scope="module")
def bank(built_site):
    data = json.loads((built_site / "assets/bank.json").read_text(encoding="utf-8"))
    return {q["id"]: q for q in data["questions"]}


@pytest.fixture
def tab(browser, built_site):
    tab = harness.new_tab(browser, built_site)
    yield tab
    tab.close()


def right(q):
    return [i for i, o in enumerate(q["options"]) if o["correct"]]


def wrong(q):
    return [next(i for i, o in enumerate(q["options"]) if not o["correct"])]


def stored(page, key):
    return page.evaluate("k => JSON.parse(localStorage.getItem(k))", key)


def open_exam(tab, query=""):
    page = harness.goto(tab, "exam/" + query)
    page.wait_for_selector("#exam-setup, #exam-question, .exam-paused")
    return page


def start(page, length="10", timed=False, topics=None):
    page.check(f"#exam-setup input[name=length][value='{length}']")
    page.check(f"#exam-setup input[name=mode][value='{'timed' if timed else 'untimed'}']")
    if topics is not None:
        for box in page.query_selector_all("#exam-setup input[name=topic]"):
            box.set_checked(box.get_attribute("value") in topics)
    page.get_by_role("button", name="Start the exam").click()
    page.wait_for_selector("#exam-question")
    return stored(page, CURRENT)


def answer(page, picks):
    """Tick ``picks`` (bank indices) on the question on screen."""
    for i in picks:
        page.locator(f"#exam-question .bank-opt[data-index='{i}'] input").check()


def answer_all(page, bank, choose):
    """Answer every question with ``choose(index, question)`` (None: leave it), then submit."""
    ids = stored(page, CURRENT)["ids"]
    for n, qid in enumerate(ids):
        page.locator(f".exam-grid [data-go='{n}']").click()
        picks = choose(n, bank[qid])
        if picks:
            answer(page, picks)
    page.get_by_role("button", name="Submit the exam").click()
    page.wait_for_selector("#exam-result")
    return ids


def score(page):
    return page.inner_text("#exam-score-pct").strip()


def table(page, id_):
    """{row name: (right, questions)} of a result table."""
    rows = page.eval_on_selector_all(f"#{id_} + .exam-table-wrap tbody tr",
                                     "rs => rs.map(r => [...r.cells].map(c => c.innerText))")
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def test_all_right_all_wrong_one_wrong(tab, bank):
    page = open_exam(tab)
    start(page)
    answer_all(page, bank, lambda n, q: right(q))
    assert score(page) == "100 %"
    assert page.inner_text("#exam-verdict") == "Pass"

    page.get_by_role("button", name="New exam").click()
    start(page)
    answer_all(page, bank, lambda n, q: wrong(q))
    assert score(page) == "0 %"
    assert "Not a pass" in page.inner_text("#exam-verdict")

    page.get_by_role("button", name="New exam").click()
    start(page)
    ids = answer_all(page, bank, lambda n, q: wrong(q) if n == 3 else right(q))
    assert score(page) == "90 %"
    topics = Counter(bank[i]["topic"] for i in ids)
    missed_topic = bank[ids[3]]["topic"]
    by_topic = table(page, "exam-by-topic")
    assert sum(v[1] for v in by_topic.values()) == 10
    for name, (r, n) in by_topic.items():
        expected_missed = 1 if name.startswith(_topic_name(page, missed_topic)) else 0
        assert n - r == expected_missed, (name, r, n, missed_topic)
    assert sorted(n for _, n in by_topic.values()) == sorted(topics.values())
    domains = table(page, "exam-by-domain")
    assert sum(n - r for r, n in domains.values()) == 1
    r, n = next(v for k, v in domains.items() if k.startswith(f"Domain {bank[ids[3]]['domain']}:"))
    assert n - r == 1
    history = stored(page, HISTORY)["attempts"]
    assert [a["right"] for a in history] == [10, 0, 9]
    assert history[-1]["topics"][missed_topic][1] - history[-1]["topics"][missed_topic][0] == 1
    assert not tab.errors, tab.errors


def _topic_name(page, topic):
    return page.evaluate("""async t => (await (await fetch('../assets/bank.json')).json()).topics[t].name""", topic)


def test_the_draw_spreads_over_topics_without_repeats_and_shuffles(tab, bank):
    page = open_exam(tab)
    state = start(page, "30", topics=["lambda", "ecs", "batch"])
    ids = state["ids"]
    assert len(ids) == len(set(ids))
    counts = Counter(bank[i]["topic"] for i in ids)
    assert set(counts) == {"lambda", "ecs", "batch"}
    # Spread: the three topics are drawn in turn until one runs out.
    assert max(counts.values()) - min(counts.values()) <= max(0, 30 // 3 - min(counts.values())) + 1
    shown = page.eval_on_selector_all("#exam-question .bank-opt", "els => els.map(e => Number(e.dataset.index))")
    assert sorted(shown) == list(range(len(bank[ids[0]]["options"])))
    orders = [state["order"][i] for i in ids]
    assert any(o != sorted(o) for o in orders), "options are never shuffled"


def test_timer_expiry_submits(tab, bank):
    page = open_exam(tab, "?exam-time-limit=3")
    start(page, timed=True)
    assert re.match(r"Time left 0:0[0-3]", page.inner_text("#exam-timer"))
    answer(page, right(bank[stored(page, CURRENT)["ids"][0]]))
    page.wait_for_selector("#exam-result", timeout=15_000)
    assert "Time is up" in page.inner_text("#exam-app")
    attempt = stored(page, HISTORY)["attempts"][-1]
    assert attempt["expired"] and attempt["right"] == 1 and attempt["timeUsed"] >= 3
    assert stored(page, CURRENT) is None


def test_pause_stops_the_clock(tab):
    page = open_exam(tab)
    start(page, timed=True)
    page.get_by_role("button", name="Pause").click()
    assert page.locator("#exam-question").count() == 0
    before = stored(page, CURRENT)["elapsed"]
    page.wait_for_timeout(2_500)
    assert stored(page, CURRENT)["elapsed"] == before
    page.get_by_role("button", name="Resume").click()
    page.wait_for_timeout(2_500)
    assert stored(page, CURRENT)["elapsed"] > before


def test_reload_mid_attempt_resumes(tab, bank):
    page = open_exam(tab)
    state = start(page, timed=True)
    first = right(bank[state["ids"][0]])
    answer(page, first)
    page.click("#exam-mark")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    page.reload()
    page.wait_for_selector("#exam-question")
    assert "restored: question 3 of 10" in page.inner_text("#exam-app")
    assert page.inner_text(".exam-bar").startswith("Question 3 of 10")
    grid = page.locator(".exam-grid [data-go='0']")
    assert "answered" in grid.get_attribute("class") and "marked" in grid.get_attribute("class")
    grid.click()
    for i in first:
        assert page.locator(f"#exam-question .bank-opt[data-index='{i}'] input").is_checked()
    assert page.locator("#exam-mark").get_attribute("aria-pressed") == "true"
    assert stored(page, CURRENT)["ids"] == state["ids"]


def test_review_shows_every_explanation_and_link(tab, bank, built_site):
    page = open_exam(tab)
    start(page)
    ids = answer_all(page, bank, lambda n, q: right(q) if n % 2 else None)
    items = page.locator(".exam-review-item")
    assert items.count() == len(ids)
    base = harness.site_url()
    for n, qid in enumerate(ids):
        item = page.locator(f".exam-review-item[data-id='{qid}']")
        q = bank[qid]
        whys = item.locator(".bank-why").all_inner_texts()
        assert len(whys) == len(q["options"]) and all(whys), qid
        assert ("Not answered" if n % 2 == 0 else "Right.") in item.inner_text()
        assert item.locator(".bank-opt.is-missed").count() == (len(right(q)) if n % 2 == 0 else 0)
        links = item.locator(".exam-links a").evaluate_all("els => els.map(a => a.href)")
        assert len(links) == (2 if q["exercise"] else 1), qid
        for href in links:
            target, fragment = urldefrag(href)
            path = urlsplit(target).path[len(urlsplit(base).path):]
            html = (built_site / path / "index.html").read_text(encoding="utf-8")
            assert f'id="{fragment}"' in html, href


def test_history_survives_reload_and_shows_weakest_topics(tab, bank):
    page = open_exam(tab)
    start(page)
    answer_all(page, bank, lambda n, q: wrong(q) if n < 4 else right(q))
    page.reload()
    page.wait_for_selector("#exam-setup")
    rows = page.locator("#exam-history + .exam-table-wrap tbody tr")
    assert rows.count() == 1 and "60 % (6/10)" in rows.inner_text()
    weak = page.locator(".exam-weak li")
    assert weak.count() >= 1
    assert weak.first.locator("a").count() >= 1


def test_retry_missed_draws_exactly_the_missed_ones(tab, bank):
    page = open_exam(tab)
    start(page, "20")
    ids = answer_all(page, bank, lambda n, q: right(q) if n % 3 else (wrong(q) if n % 2 else None))
    missed = {qid for n, qid in enumerate(ids) if n % 3 == 0}
    page.get_by_role("button", name=re.compile("Retry the ones I missed")).click()
    page.wait_for_selector("#exam-question")
    retry = stored(page, CURRENT)["ids"]
    assert sorted(retry) == sorted(missed)


def test_bad_stored_data_is_skipped_with_a_notice(tab, bank):
    page = open_exam(tab)
    good = {"date": "2026-11-29T10:00:00Z", "length": 2, "right": 1, "timed": False,
            "topics": {"lambda": [1, 2]}, "domains": {"3": [1, 2]}, "missed": ["lambda-gone"]}
    page.evaluate("""([h, c, good]) => {
        localStorage.setItem(h, JSON.stringify({v: 1, attempts: [good, {date: 'x'}, 42, null]}));
        localStorage.setItem(c, JSON.stringify({v: 1, ids: ['no-such-question', %s], answers: {}, order: {}, cur: 5}));
    }""" % json.dumps(next(iter(bank))), [HISTORY, CURRENT, good])
    page.reload()
    page.wait_for_selector("#exam-question")
    text = page.inner_text("#exam-app")
    assert "no longer in the bank" in text and "question 1 of 1" in text
    page.get_by_role("button", name="Abandon this attempt").click()
    page.wait_for_selector("#exam-setup")
    text = page.inner_text("#exam-app")
    assert "3 saved attempt(s) could not be read and were skipped" in text
    assert page.locator("#exam-history + .exam-table-wrap tbody tr").count() == 1
    page.evaluate("h => localStorage.setItem(h, '{not json')", HISTORY)
    page.reload()
    page.wait_for_selector("#exam-setup")
    assert "could not be read" in page.inner_text("#exam-app")
    assert not tab.errors, tab.errors


def test_keyboard_only(tab, bank):
    """Start, answer, mark, move and submit with the keyboard alone."""
    page = open_exam(tab)
    page.focus("#exam-setup button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector("#exam-question")
    assert page.evaluate("() => document.activeElement.id") == "exam-question"
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    qid = stored(page, CURRENT)["ids"][0]
    assert stored(page, CURRENT)["answers"].get(qid), "Space did not pick an answer"
    for button in ("#exam-mark", "#exam-next"):
        page.focus(button)
        page.keyboard.press("Enter")
    assert page.inner_text(".exam-bar").startswith("Question 2 of")
    page.get_by_role("button", name="Submit the exam").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#exam-result")
    assert page.evaluate("() => document.activeElement.id") == "exam-result"


@pytest.mark.parametrize("stage", ["question", "result"])
def test_axe_and_390px_during_the_exam(tab, bank, stage):
    page = open_exam(tab)
    start(page)
    page.click("#exam-mark")
    if stage == "result":
        answer_all(page, bank, lambda n, q: right(q) if n % 2 else wrong(q))
    harness.settle(page)
    light = harness.run_axe(page)
    harness.set_dark(page)
    dark = harness.run_axe(page)
    page.set_viewport_size({"width": 390, "height": 844})
    harness.settle(page)
    overflow = harness.sideways_overflow(page)
    assert not light, "\n".join(light)
    assert not dark, "\n".join(dark)
    assert overflow <= 0, f"scrolls {overflow} px sideways at 390 px"
    assert not tab.errors, tab.errors
