"""The Review page (docs/review/index.md, docs/assets/review-page.js) and how questions get
there (issue 21): missed quiz questions are due the next day (Playwright's clock), a right
and a wrong answer follow the Leitner rule, the review moves with export and import, "N to
review today" shows on the home page, "Not sure" in the exam, exercises failed twice, and
the page is axe-clean at 390 and 1280 px, light and dark, and works from the keyboard."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from browser import harness

pytestmark = pytest.mark.browser
STORE = "aws-compute-by-doing:review"
DAY1 = datetime(2026, 6, 15, 10, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def bank(built_site):
    return json.loads((built_site / "assets/bank.json").read_text(encoding="utf-8"))


def stored(page):
    return page.evaluate("k => JSON.parse(localStorage.getItem(k) || 'null')", STORE)


def today(page):
    return page.evaluate("() => Review.dayOf()")


def add_days(page, day, n):
    return page.evaluate("([d, n]) => Review.addDays(d, n)", [day, n])


def open_review(page):
    page.goto(harness.page_url("review/"), wait_until="load")
    page.wait_for_selector("#review-summary[data-due]")
    return page


def miss_two_in_the_lambda_quiz(page):
    """On the Lambda page, answer the quiz's first two questions wrong and leave the rest."""
    page.goto(harness.page_url("lambda/"), wait_until="load")
    page.wait_for_selector(".bank-quiz.is-ready")
    quiz = next(q for q in harness.quiz_keys(page) if q["key"] == "lambda")
    box = page.locator(".bank-quiz[data-quiz='lambda']")
    missed = []
    for q in quiz["questions"][:2]:
        wrong = next(i for i in range(q["items"]) if i not in q["correct"])
        box.locator(f".bank-q[data-id='{q['id']}'] .bank-opt[data-index='{wrong}'] input").check()
        missed.append(q["id"])
    box.get_by_role("button", name="Check answers").click()
    page.wait_for_function("() => /\\d+\\/\\d+/.test(document.querySelector(\".bank-quiz[data-quiz='lambda'] .bank-quiz-score\").textContent)")
    return missed


def answer(page, bank, qid, right):
    """Answer a due question on the Review page, right or wrong, and return its outcome line."""
    q = next(q for q in bank["questions"] if q["id"] == qid)
    correct = [i for i, o in enumerate(q["options"]) if o.get("correct")]
    wrong = [i for i in range(len(q["options"])) if i not in correct]
    item = page.locator(f".review-item[data-id='{qid}']")
    for i in (correct if right else wrong[:1]):
        item.locator(f".bank-opt[data-index='{i}'] input").check()
    item.get_by_role("button", name="Check my answer").click()
    return item.locator(".review-next")


def test_missed_questions_come_back_the_next_day(browser, built_site, bank):
    tab = harness.new_tab(browser, built_site)
    try:
        page = tab.page
        page.clock.set_fixed_time(DAY1)
        missed = miss_two_in_the_lambda_quiz(page)
        day1 = today(page)
        rec = stored(page)["items"]
        assert {k: (v["box"], v["due"]) for k, v in rec.items()} == {
            f"q:{qid}": (1, add_days(page, day1, 1)) for qid in missed}

        open_review(page)
        assert page.get_attribute("#review-summary", "data-due") == "0"
        assert "Nothing to review today" in page.inner_text("#review-summary")
        assert page.locator(".review-item").count() == 0

        page.clock.set_fixed_time(DAY1 + timedelta(days=1))
        open_review(page)
        day2 = today(page)
        assert day2 == add_days(page, day1, 1)
        assert page.get_attribute("#review-summary", "data-due") == "2"
        assert sorted(page.eval_on_selector_all(".review-item", "els => els.map(e => e.dataset.id)")) == sorted(missed)

        # One right (box 1 -> 2, due in 3 days), one wrong (box 1, due tomorrow).
        right = answer(page, bank, missed[0], True)
        assert (right.get_attribute("data-box"), right.get_attribute("data-due")) == ("2", add_days(page, day2, 3))
        assert "up to box 2" in right.inner_text()
        item = page.locator(f".review-item[data-id='{missed[0]}']")
        # Every option explained, with the link to its section.
        assert item.locator(".bank-why:visible").count() == item.locator(".bank-opt").count()
        assert item.locator(".exam-links a").first.inner_text().startswith("Read: ")
        wrong = answer(page, bank, missed[1], False)
        assert (wrong.get_attribute("data-box"), wrong.get_attribute("data-due")) == ("1", add_days(page, day2, 1))
        assert page.get_attribute("#review-summary", "data-due") == "0"
        rec = stored(page)["items"]
        assert (rec[f"q:{missed[0]}"]["box"], rec[f"q:{missed[0]}"]["due"]) == (2, add_days(page, day2, 3))
        assert (rec[f"q:{missed[1]}"]["box"], rec[f"q:{missed[1]}"]["due"]) == (1, add_days(page, day2, 1))

        # The next day only the wrong one is due; three days later, the right one too.
        page.clock.set_fixed_time(DAY1 + timedelta(days=2))
        open_review(page)
        assert page.eval_on_selector_all(".review-item", "els => els.map(e => e.dataset.id)") == [missed[1]]
        page.clock.set_fixed_time(DAY1 + timedelta(days=4))
        open_review(page)
        assert page.get_attribute("#review-summary", "data-due") == "2"

        # "N to review today" on the home page, linked to the Review page.
        page.goto(harness.page_url(""), wait_until="load")
        link = page.locator("[data-review-due] a")
        link.wait_for()
        assert link.inner_text() == "2 to review today"
        assert link.get_attribute("href").endswith("/review/")
        # ... and on a service page's next steps and on the progress page.
        page.goto(harness.page_url("ecs/"), wait_until="load")
        page.locator("[data-review-due] a").wait_for()
        page.goto(harness.page_url("progress/"), wait_until="load")
        page.locator("[data-review-due] a").wait_for()
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_no_count_when_nothing_is_due(browser, built_site):
    tab = harness.new_tab(browser, built_site)
    try:
        page = tab.page
        page.clock.set_fixed_time(DAY1)
        miss_two_in_the_lambda_quiz(page)
        page.goto(harness.page_url(""), wait_until="load")
        page.wait_for_timeout(300)
        assert page.locator("[data-review-due]").is_hidden()
        assert page.locator("[data-review-due] a").count() == 0
    finally:
        tab.close()


def test_not_sure_in_a_quiz_puts_a_right_answer_in_the_review(browser, built_site):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "lambda/")
        page.wait_for_selector(".bank-quiz.is-ready")
        quiz = next(q for q in harness.quiz_keys(page) if q["key"] == "lambda")
        first, second = quiz["questions"][:2]
        box = page.locator(".bank-quiz[data-quiz='lambda']")
        for q in (first, second):
            for i in q["correct"]:
                box.locator(f".bank-q[data-id='{q['id']}'] .bank-opt[data-index='{i}'] input").check()
        toggle = box.locator(f".bank-q[data-id='{first['id']}'] .bank-unsure")
        toggle.focus()
        page.keyboard.press("Space")
        assert toggle.get_attribute("aria-pressed") == "true"
        size = toggle.bounding_box()
        assert size["height"] >= 44 and size["width"] >= 44, size
        box.get_by_role("button", name="Check answers").click()
        page.wait_for_function("() => /\\d+\\/\\d+/.test(document.querySelector(\".bank-quiz[data-quiz='lambda'] .bank-quiz-score\").textContent)")
        items = stored(page)["items"]
        assert items[f"q:{first['id']}"]["box"] == 1            # a right guess: in the review
        assert items[f"q:{second['id']}"]["box"] == 0           # right and sure: known
        assert len(items) == 2                                  # unanswered ones: not recorded
        box.get_by_role("button", name="Clear answers").click()
        assert toggle.get_attribute("aria-pressed") == "false"
    finally:
        tab.close()


def test_not_sure_in_the_exam(browser, built_site, bank):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "exam/")
        page.wait_for_selector("#exam-setup")
        page.check("input[name=length][value='10']")
        page.check("input[name=mode][value=untimed]")
        page.get_by_role("button", name="Start the exam").click()
        page.wait_for_selector("#exam-question")
        by_id = {q["id"]: q for q in bank["questions"]}
        ids = page.evaluate("() => JSON.parse(localStorage.getItem('aws-compute-by-doing:exam-current')).ids")
        for n, qid in enumerate(ids):
            right = [i for i, o in enumerate(by_id[qid]["options"]) if o.get("correct")]
            for i in right:
                page.check(f"#exam-o{i}")
            if n == 0:
                unsure = page.locator("#exam-unsure")
                size = unsure.bounding_box()
                assert size["height"] >= 44, size
                unsure.focus()
                page.keyboard.press("Enter")
                assert page.locator("#exam-unsure").get_attribute("aria-pressed") == "true"
            if n < len(ids) - 1:
                page.click("#exam-next")
        page.click("#exam-submit")
        page.wait_for_selector("#exam-result")
        items = stored(page)["items"]
        assert items[f"q:{ids[0]}"]["box"] == 1
        assert all(items[f"q:{qid}"]["box"] == 0 for qid in ids[1:])
        assert "Not sure" in page.locator(f".exam-review-item[data-id='{ids[0]}']").inner_text()
    finally:
        tab.close()


def test_export_reset_import_brings_the_review_back(browser, built_site, tmp_path):
    tab = harness.new_tab(browser, built_site)
    try:
        page = tab.page
        page.clock.set_fixed_time(DAY1)
        miss_two_in_the_lambda_quiz(page)
        before = stored(page)
        page.goto(harness.page_url("progress/"), wait_until="load")
        page.wait_for_selector(".progress-table")
        with page.expect_download() as download:
            page.get_by_role("button", name="Export my progress").click()
        file = tmp_path / "progress.json"
        download.value.save_as(file)
        assert STORE in json.loads(file.read_text(encoding="utf-8"))["entries"]
        page.get_by_role("button", name="Reset my progress…").click()
        page.get_by_role("button", name="Yes, delete everything").click()
        assert stored(page) is None
        page.set_input_files("#progress-import", str(file))
        page.wait_for_function("() => /Imported/.test(document.getElementById('progress-message').textContent)")
        assert stored(page) == before
        assert "review" in page.inner_text("#progress-message")

        # An older file merged into a newer review: the newer entry of each question stays.
        page.clock.set_fixed_time(DAY1 + timedelta(days=1))
        open_review(page)
        first = page.eval_on_selector_all(".review-item", "els => els.map(e => e.dataset.id)")[0]
        page.locator(f".review-item[data-id='{first}'] .bank-opt input").first.check()
        page.locator(f".review-item[data-id='{first}']").get_by_role("button", name="Check my answer").click()
        newer = stored(page)
        page.goto(harness.page_url("progress/"), wait_until="load")
        page.wait_for_selector(".progress-table")
        page.set_input_files("#progress-import", str(file))
        page.wait_for_function("() => /Imported/.test(document.getElementById('progress-message').textContent)")
        assert stored(page)["items"] == newer["items"]
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_damaged_and_removed_entries(browser, built_site, bank):
    tab = harness.new_tab(browser, built_site)
    try:
        page = harness.goto(tab, "review/")
        qid = bank["questions"][0]["id"]
        page.evaluate("""([k, qid]) => localStorage.setItem(k, JSON.stringify({v: 1, items: {
            ['q:' + qid]: {box: 1, due: '2000-01-01', updated: '2026-01-01T00:00:00Z'},
            'q:lambda-no-such-question': {box: 1, due: '2000-01-01', updated: '2026-01-01T00:00:00Z'},
            'q:lambda-broken': {box: 9, due: 'soon', updated: 3}}, fails: {}}))""", [STORE, qid])
        open_review(page)
        assert page.get_attribute("#review-summary", "data-due") == "1"
        notices = page.locator(".exam-notice").all_inner_texts()
        assert notices == ["1 saved review entry could not be read and was skipped."], notices
        page.evaluate("k => localStorage.setItem(k, '{not json')", STORE)
        open_review(page)
        assert "could not be read" in page.locator(".exam-notice").inner_text()
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def seed_due(page, bank, n=2):
    page.evaluate("""([k, ids]) => localStorage.setItem(k, JSON.stringify({v: 1, fails: {}, items:
        Object.fromEntries(ids.map(id => ['q:' + id, {box: 2, due: '2000-01-01', updated: '2026-01-01T00:00:00Z'}]))}))""",
                  [STORE, [q["id"] for q in bank["questions"][:n]]])


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_and_keyboard(browser, built_site, bank, width):
    tab = harness.new_tab(browser, built_site, width=width, height=844 if width == 390 else 900)
    try:
        page = harness.goto(tab, "review/")
        seed_due(page, bank)
        open_review(page)
        harness.settle(page)
        for palette in ("light", "dark"):
            (harness.set_dark if palette == "dark" else harness.set_light)(page)
            assert harness.run_axe(page) == [], (width, palette)
            assert harness.sideways_overflow(page) <= 0
        # Keyboard only: Tab to the first answer, Space to pick it, Tab to Check, Enter.
        first = page.locator(".review-item").first
        first.locator("input").first.focus()
        page.keyboard.press("Space")
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.classList.contains('review-check')"):
                break
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.classList.contains('review-outcome')")
        assert first.locator(".review-next").is_visible()
        for palette in ("dark", "light"):
            (harness.set_dark if palette == "dark" else harness.set_light)(page)
            assert harness.run_axe(page) == [], ("answered", width, palette)
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_an_exercise_failed_twice_comes_back_a_week_later(browser, built_site, bank):
    from browser import site_map

    ide = next(i for i in site_map.ides() if i.exercise_id == "lightsail/cheapest_bundle")
    exercise = ide.exercise()
    # A failure of the public tests costs no attempt and does not count; these two fail the
    # hidden tests (each uses an attempt).
    free = exercise.folder / "wrong/first_that_fits.py"
    wrong = [exercise.folder / "wrong" / name for name in ("ignores_transfer.py", "ram_as_int.py")]
    tab = harness.new_tab(browser, built_site)
    try:
        page = tab.page
        harness.goto(tab, ide.page, wait_pyodide=True)
        editor = harness.editor_ids(page)[ide.index]
        assert not harness.passed(harness.validate(page, editor, free.read_text(encoding="utf-8")))
        assert (stored(page) or {}).get("fails", {}) == {}
        for path in wrong:
            assert not harness.passed(harness.validate(page, editor, path.read_text(encoding="utf-8")))
        assert stored(page)["fails"] == {editor: 2}
        assert harness.passed(harness.validate(page, editor, exercise.sections["corr"]))
        day = today(page)
        entry = stored(page)["items"][f"x:{editor}"]
        assert (entry["box"], entry["due"]) == (3, add_days(page, day, 7))
        assert stored(page)["fails"] == {}

        now = datetime.now(timezone.utc)
        page.clock.set_fixed_time(now + timedelta(days=6))
        open_review(page)
        assert page.locator(".review-exercises li").count() == 0
        page.clock.set_fixed_time(now + timedelta(days=7))
        open_review(page)
        item = page.locator(".review-exercises li[data-exercise='lightsail/cheapest_bundle']")
        practise = next(e["practise"] for e in bank["exercises"] if e["id"] == "lightsail/cheapest_bundle")
        assert f"You practise: {practise}" in item.inner_text()
        assert "/lightsail/practice/#" in item.locator("a").get_attribute("href")
        assert not tab.errors, tab.errors
    finally:
        tab.close()
