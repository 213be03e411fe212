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
    """Answer every question with ``choose(index, question)`` (None: leave it), then submit
    (confirming when the exam asks first: a question unanswered or marked)."""
    ids = stored(page, CURRENT)["ids"]
    for n, qid in enumerate(ids):
        page.locator(f".exam-grid [data-go='{n}']").click()
        picks = choose(n, bank[qid])
        if picks:
            answer(page, picks)
    submit(page)
    return ids


def submit(page):
    page.get_by_role("button", name="Submit the exam").click()
    confirm = page.locator("#exam-confirm-submit")
    if confirm.is_visible():
        confirm.get_by_role("button", name="Submit anyway").click()
    page.wait_for_selector("#exam-result")


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
    assert "no longer in the question bank was removed" in text and "question 1 of 1" in text
    page.get_by_role("button", name="Abandon this attempt").click()
    page.get_by_role("button", name="Yes, abandon it").click()
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
    # Nine questions are unanswered: the exam asks first, with the focus on its answer.
    assert page.evaluate("() => document.activeElement.id") == "exam-submit-yes"
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


# ---- Issue 20: on a phone and from the keyboard --------------------------------------------

WIDTHS = [pytest.param(390, id="390px"), pytest.param(1280, id="1280px")]
SCHEMES = ["light", "dark"]


@pytest.fixture
def sized_tab(browser, built_site, request):
    width = request.param
    tab = harness.new_tab(browser, built_site, width=width, height=844 if width < 500 else 800)
    yield tab
    tab.close()


def question_position(page):
    """Where the question's text starts, against the sticky site header and exam bar."""
    return page.evaluate("""() => {
        const legend = document.querySelector('#exam-question legend');
        const r = legend.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(legend).lineHeight) || 24;
        const bar = document.querySelector('.exam-bar').getBoundingClientRect();
        const header = document.querySelector('.md-header').getBoundingClientRect();
        return {top: r.top, firstLineBottom: r.top + line, covered: Math.max(bar.bottom, header.bottom),
                viewport: window.innerHeight, text: legend.textContent.slice(0, 40)};
    }""")


def assert_question_visible(page, after):
    pos = question_position(page)
    assert pos["top"] >= pos["covered"] - 0.5, (
        f"after {after}: the question starts at y={pos['top']:.0f}, under the bars (they end at "
        f"y={pos['covered']:.0f}): {pos['text']!r}")
    assert pos["firstLineBottom"] <= pos["viewport"], f"after {after}: the question is below the screen: {pos}"


@pytest.mark.parametrize("sized_tab", WIDTHS, indirect=True)
def test_the_question_is_visible_below_the_bars_after_every_move(sized_tab, bank):
    """Issue 20, item 1: after Start, Next, Previous and a jump from the grid, the question's
    first line is below the sticky site header and exam bar, on screen."""
    page = open_exam(sized_tab)
    start(page, "20")
    assert_question_visible(page, "Start")
    for move in range(3):
        page.click("#exam-next")
        assert_question_visible(page, f"Next #{move + 1}")
    page.click("#exam-prev")
    assert_question_visible(page, "Previous")
    for target in (17, 5, 19):
        button = page.locator(f".exam-grid [data-go='{target}']")
        button.scroll_into_view_if_needed()
        button.click()
        assert_question_visible(page, f"a jump to question {target + 1}")
        assert page.inner_text(".exam-position") == f"Question {target + 1} of 20"
    # An answer does not move the page (the learner's eyes stay where they are).
    before = page.evaluate("() => window.scrollY")
    answer(page, wrong(bank[stored(page, CURRENT)["ids"][19]]))
    assert page.evaluate("() => window.scrollY") == before
    assert not sized_tab.errors, sized_tab.errors


def _contrast(fg, bg):
    def lum(rgb):
        def ch(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (ch(c) for c in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _rgb(css):
    return [int(float(x)) for x in re.findall(r"[\d.]+", css)[:3]]


FOCUS_STYLE = """() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return {tag: el.tagName, type: el.type, matches: el.matches(':focus-visible'),
            style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor,
            bg: (() => {   // the first opaque background behind the element
                for (let e = el; e; e = e.parentElement) {
                    const c = getComputedStyle(e).backgroundColor;
                    if (c.startsWith('rgb(')) return c;   // rgba() and color(): see-through
                }
                return 'rgb(255, 255, 255)';
            })()};
}"""


def assert_focus_ring(page, where, kinds=("radio", "checkbox")):
    ring = page.evaluate(FOCUS_STYLE)
    assert ring["tag"] in ("INPUT", "BUTTON") and ring["type"] in kinds, (where, ring)
    assert ring["matches"], (where, ring)
    assert ring["style"] not in ("none", "hidden") and ring["width"] >= 2, (
        f"{where}: a focused {ring['type']} shows no focus ring: {ring}")
    ratio = _contrast(_rgb(ring["color"]), _rgb(ring["bg"]))
    assert ratio >= 3, f"{where}: the focus ring's contrast with the page is {ratio:.1f}:1 ({ring})"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_answers_show_a_focus_ring(browser, built_site, bank, scheme):
    """Issue 20, item 2: a radio button or checkbox reached with Tab shows a focus ring with
    at least 3:1 contrast, in the exam and in a page quiz, light and dark."""
    tab = harness.new_tab(browser, built_site, color_scheme=scheme)
    try:
        page = open_exam(tab)
        if scheme == "dark":
            harness.set_dark(page)
        start(page)
        # Find a multiple-answer question ("Select TWO"), where Tab moves box to box.
        ids = stored(page, CURRENT)["ids"]
        multi = next((n for n, i in enumerate(ids) if bank[i]["type"] == "multiple"), 0)
        page.locator(f".exam-grid [data-go='{multi}']").click()
        page.keyboard.press("Tab")
        assert_focus_ring(page, "exam, first answer")
        page.keyboard.press("Tab" if bank[ids[multi]]["type"] == "multiple" else "ArrowDown")
        assert_focus_ring(page, "exam, second answer")
        # More of the same kind: a button of the question grid.
        page.focus(".exam-grid [data-go='3']")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        assert_focus_ring(page, "exam, question grid", kinds=("button",))

        harness.goto(tab, "lambda/")
        page.wait_for_selector(".bank-quiz.is-ready")
        page.focus(".bank-quiz .bank-q input")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        assert_focus_ring(page, "page quiz")
        assert not tab.errors, tab.errors
    finally:
        tab.close()


@pytest.mark.parametrize("sized_tab", WIDTHS, indirect=True)
def test_every_question_of_one_topic_takes_the_topic(sized_tab, bank):
    """Issue 20, item 3: choosing a topic in the list runs every question of that topic
    (the list chooses the option); ?topic= from a service page preselects it; the list is a
    full-size control."""
    page = open_exam(sized_tab)
    lambdas = sorted(i for i, q in bank.items() if q["topic"] == "lambda")
    assert page.locator("#exam-one-topic").bounding_box()["height"] >= 44
    page.select_option("#exam-one-topic", "lambda")
    assert page.locator("#exam-setup input[name=length][value=topic]").is_checked()
    page.get_by_role("button", name="Start the exam").click()
    page.wait_for_selector("#exam-question")
    state = stored(page, CURRENT)
    assert sorted(state["ids"]) == lambdas and state["kind"] == "topic"
    assert page.inner_text(".exam-bar").startswith("Every AWS Lambda question")
    page.get_by_role("button", name="Abandon this attempt").click()
    page.get_by_role("button", name="Yes, abandon it").click()

    page = open_exam(sized_tab, "?topic=ecs")
    assert page.locator("#exam-setup input[name=length][value=topic]").is_checked()
    assert page.input_value("#exam-one-topic") == "ecs"
    page.get_by_role("button", name="Start the exam").click()
    page.wait_for_selector("#exam-question")
    assert {bank[i]["topic"] for i in stored(page, CURRENT)["ids"]} == {"ecs"}
    assert not sized_tab.errors, sized_tab.errors


def test_the_lambda_page_links_to_its_topic_exam(browser, built_site):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "lambda/")
        link = page.get_by_role("link", name=re.compile("practice exam on every AWS Lambda question"))
        assert link.get_attribute("href").endswith("exam/?topic=lambda")
    finally:
        tab.close()


@pytest.mark.parametrize("sized_tab", WIDTHS, indirect=True)
def test_submit_and_abandon_ask_first(sized_tab, bank):
    """Issue 20, item 4: Abandon always asks; Submit asks while a question is unanswered or
    marked; the two buttons are well apart; after Abandon the focus is on what happened."""
    page = open_exam(sized_tab)
    start(page)
    submit_box = page.locator("#exam-submit").bounding_box()
    abandon_box = page.locator("#exam-abandon").bounding_box()
    gap = abandon_box["y"] - (submit_box["y"] + submit_box["height"])
    assert gap >= 64, f"Submit and Abandon are {gap:.0f} px apart"

    page.click("#exam-submit")
    confirm = page.locator("#exam-confirm-submit")
    assert confirm.is_visible() and "10 questions are not answered" in confirm.inner_text()
    assert page.evaluate("() => document.activeElement.id") == "exam-submit-yes"
    page.get_by_role("button", name="Go back to the questions").click()
    assert not confirm.is_visible() and stored(page, CURRENT) is not None
    assert page.evaluate("() => document.activeElement.id") == "exam-submit"

    page.click("#exam-abandon")
    assert page.locator("#exam-confirm-abandon").is_visible()
    page.get_by_role("button", name="Cancel").click()
    assert stored(page, CURRENT) is not None and page.locator("#exam-question").count() == 1
    page.click("#exam-abandon")
    page.get_by_role("button", name="Yes, abandon it").click()
    page.wait_for_selector("#exam-setup")
    assert stored(page, CURRENT) is None and stored(page, HISTORY) is None
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.textContent]")
    assert "exam-notice" in focused[0] and "abandoned" in focused[1], focused

    # All answered, one marked: Submit still asks. Unmarked: it submits at once.
    start(page)
    ids = stored(page, CURRENT)["ids"]
    for n, qid in enumerate(ids):
        page.locator(f".exam-grid [data-go='{n}']").click()
        answer(page, right(bank[qid]))
    page.click("#exam-mark")
    page.click("#exam-submit")
    assert "1 question is marked for review" in page.inner_text("#exam-confirm-submit")
    page.get_by_role("button", name="Go back to the questions").click()
    page.click("#exam-mark")
    page.click("#exam-submit")
    page.wait_for_selector("#exam-result")
    assert stored(page, HISTORY)["attempts"][-1]["right"] == 10
    assert not sized_tab.errors, sized_tab.errors


def _seed_attempt(page, attempt):
    page.evaluate("([k, a]) => localStorage.setItem(k, JSON.stringify(Object.assign({v: 1}, a)))", [CURRENT, attempt])
    page.reload()
    page.wait_for_selector("#exam-setup, #exam-question, .exam-paused")


def test_a_damaged_attempt_is_repaired_on_restore(tab, bank):
    """Issue 20, item 6: every field is checked on restore. Bad answers, time, position and
    marks are repaired with a notice; the timer shows a time; Submit records one whole result."""
    ids = list(bank)[:3]
    q0 = bank[ids[0]]
    page = open_exam(tab)
    _seed_attempt(page, {
        "ids": ids, "cur": 99, "timed": True, "limit": "soon", "elapsed": None, "order": {ids[0]: [0]},
        "answers": {ids[0]: [len(q0["options"])], ids[1]: "x", ids[2]: [0, 0]},
        "marked": {ids[1]: "yes"}, "started": 12,
    })
    text = page.inner_text("#exam-app")
    assert "restored: question 3 of 3" in text and "could not be read" in text
    assert "3 answers no longer fit their questions and were cleared" in text
    assert "time limit could not be read" in text
    assert re.fullmatch(r"Time left \d+:\d\d", page.inner_text("#exam-timer")), page.inner_text("#exam-timer")
    assert "0 answered" in page.inner_text(".exam-bar")
    assert page.locator("#exam-question input:checked").count() == 0
    state = stored(page, CURRENT)
    assert state["answers"] == {} and state["marked"] == {} and state["cur"] == 2
    assert sorted(state["order"][ids[0]]) == list(range(len(q0["options"])))
    submit(page)
    attempts = stored(page, HISTORY)["attempts"]
    assert len(attempts) == 1 and attempts[0]["length"] == 3 and attempts[0]["right"] == 0
    assert stored(page, CURRENT) is None
    assert not tab.errors, tab.errors


def test_an_attempt_from_an_older_bank_is_repaired(tab, bank):
    """Issue 20, item 6, the bank changed between visits: a question removed, another with
    fewer options than when it was answered (the saved answer and order no longer fit)."""
    single = next(i for i, q in bank.items() if q["type"] == "single")
    multi = next(i for i, q in bank.items() if q["type"] == "multiple")
    n = len(bank[single]["options"])
    page = open_exam(tab)
    _seed_attempt(page, {
        "ids": ["retired-question", single, multi], "cur": 1, "timed": False, "limit": None, "elapsed": 42,
        "order": {single: list(range(n + 1))}, "answers": {single: [n], multi: right(bank[multi])},
        "marked": {multi: True}, "started": "2026-12-01T10:00:00Z",
    })
    text = page.inner_text("#exam-app")
    assert "1 question no longer in the question bank was removed" in text
    assert "1 answer no longer fits its question and was cleared" in text
    assert page.inner_text(".exam-position") == "Question 2 of 2"
    assert "1 answered" in page.inner_text(".exam-bar")
    submit(page)
    attempt = stored(page, HISTORY)["attempts"][-1]
    assert (attempt["length"], attempt["right"]) == (2, 1)
    assert page.locator(f".exam-review-item[data-id='{multi}'] .exam-review-marked").count() == 1
    assert not tab.errors, tab.errors


def test_an_unreadable_attempt_is_discarded_with_a_notice(tab):
    page = open_exam(tab)
    _seed_attempt(page, {"ids": "not a list", "answers": {}})
    assert page.locator("#exam-setup").count() == 1
    assert "could not be restored (it lists no questions)" in page.inner_text("#exam-app")
    assert stored(page, CURRENT) is None and stored(page, HISTORY) is None
    assert not tab.errors, tab.errors


def test_retry_is_labelled_and_kept_out_of_accuracy(tab, bank):
    """Issue 20, item 12: a retry says so on screen, in the result and in the history, and
    stays out of the weakest topics; the review names the page each link opens and shows
    the marked questions."""
    page = open_exam(tab)
    start(page)
    page.click("#exam-mark")
    ids = answer_all(page, bank, lambda n, q: wrong(q) if n == 0 else right(q))
    first = page.locator(f".exam-review-item[data-id='{ids[0]}']")
    assert first.locator(".exam-review-marked").count() == 1
    q = bank[ids[0]]
    link = first.locator(".exam-links a").first.inner_text()
    assert link == f"Read: {q['section']['title']} ({q['section']['page']})", link
    page.get_by_role("button", name=re.compile("Retry the ones I missed")).click()
    page.wait_for_selector("#exam-question")
    assert page.inner_text(".exam-bar").startswith("Retry of the questions you missed")
    answer_all(page, bank, lambda n, q: wrong(q))
    assert "retry of the questions you missed" in page.inner_text("#exam-result")
    assert "not counted in your per-topic accuracy" in page.inner_text("#exam-app")
    history = stored(page, HISTORY)["attempts"]
    assert [a["kind"] for a in history] == ["exam", "retry"]
    page.get_by_role("button", name="New exam").click()
    rows = page.locator("#exam-history + .exam-table-wrap tbody tr").all_inner_texts()
    assert "retry" in rows[0] and "retry" not in rows[1]
    # The weakest topic counts the full attempt's one miss, not the retry's.
    r, n = history[0]["topics"][q["topic"]]
    weak = page.locator(".exam-weak li").all_inner_texts()
    assert len(weak) == 1 and f"({r} of {n})" in weak[0], (weak, r, n)


def test_disabled_buttons_look_disabled_and_back_to_top_stays_off_the_timer(browser, built_site):
    """Issue 20, items 13 and 8."""
    tab = harness.new_tab(browser, built_site, width=390, height=844)
    try:
        page = open_exam(tab)
        start(page)
        prev = page.locator("#exam-prev").evaluate("e => [e.disabled, getComputedStyle(e).opacity, getComputedStyle(e).borderStyle]")
        nxt = page.locator("#exam-next").evaluate("e => [e.disabled, getComputedStyle(e).opacity, getComputedStyle(e).borderStyle]")
        assert prev[0] and not nxt[0]
        assert float(prev[1]) <= 0.6 and float(nxt[1]) == 1 and prev[2] != nxt[2], (prev, nxt)
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(400)
        assert page.locator(".md-top").evaluate("e => getComputedStyle(e).display") == "none"
    finally:
        tab.close()


def test_answer_rows_are_touch_targets(browser, built_site):
    """Issue 20, item 14: at 390 px each answer's whole row, at least 44 px tall, picks it."""
    tab = harness.new_tab(browser, built_site, width=390, height=844)
    try:
        page = open_exam(tab)
        start(page)
        rows = page.eval_on_selector_all("#exam-question .bank-choice", """els => els.map(e => {
            const r = e.getBoundingClientRect(); return [r.width, r.height]; })""")
        assert rows and all(h >= 44 and w >= 300 for w, h in rows), rows
        row = page.locator("#exam-question .bank-choice").first
        box = row.bounding_box()
        page.mouse.click(box["x"] + box["width"] - 4, box["y"] + box["height"] - 4)
        assert row.locator("input").is_checked()
    finally:
        tab.close()
