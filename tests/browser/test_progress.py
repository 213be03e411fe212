"""The progress page (docs/progress/index.md, docs/assets/progress.js), offline in Chromium:
a solved exercise shows, export then import restores the same state in a fresh browser
context, an import merges with what the browser has (an older file lowers nothing), a
corrupt or foreign file is refused with nothing changed, and reset asks first."""

import json

import pytest

from browser import harness, site_map

pytestmark = pytest.mark.browser
PREFIX = "aws-compute-by-doing:"
OWNED = """() => Object.fromEntries(Object.keys(localStorage).sort()
    .filter(k => k.startsWith('aws-compute-by-doing:') || /^editor_[0-9a-f]{16,}$/.test(k))
    .map(k => [k, localStorage.getItem(k)]))"""


@pytest.fixture(scope="module")
def bank(built_site):
    return json.loads((built_site / "assets/bank.json").read_text(encoding="utf-8"))


def open_progress(tab):
    page = harness.goto(tab, "progress/")
    page.wait_for_selector(".progress-table")
    return page


def seed(page, bank):
    """A learner's state as the site writes it: a quiz score, an exam attempt, saved code."""
    editor = next(e["editor"] for e in bank["exercises"] if e["id"] == "lightsail/cheapest_bundle")
    page.evaluate("""([prefix, editor]) => {
        localStorage.setItem(prefix + 'quiz-best', JSON.stringify({v: 1, scores: {lambda: {right: 5, total: 7, date: '2026-11-30T08:00:00Z'}}}));
        localStorage.setItem(prefix + 'exam-history', JSON.stringify({v: 1, attempts: [{date: '2026-11-30T09:00:00Z',
            length: 10, right: 7, pct: 70, timed: true, timeUsed: 300, topics: {lambda: [3, 4], ecs: [4, 6]},
            domains: {'3': [7, 10]}, missed: []}]}));
        localStorage.setItem(editor, JSON.stringify({code: 'def cheapest(): pass', done: 1, hash: 'h',
            name: 'exo', project: 'aws-compute-by-doing'}));
        localStorage.setItem('not-ours', 'kept');
    }""", [PREFIX, editor])


def row(page, topic):
    return page.locator(f".progress-table tr[data-topic='{topic}']")


def test_solving_an_exercise_shows_on_the_progress_page(browser, built_site):
    ide = next(i for i in site_map.ides() if i.exercise_id == "lightsail/cheapest_bundle")
    tab = harness.new_tab(browser, built_site)
    try:
        harness.goto(tab, ide.page, wait_pyodide=True)
        editor = harness.editor_ids(tab.page)[ide.index]
        out = harness.validate(tab.page, editor, ide.exercise().sections["corr"])
        assert harness.passed(out), out
        tab.page.wait_for_function(
            "id => (JSON.parse(localStorage.getItem('aws-compute-by-doing:solved')) || {editors: {}}).editors[id]",
            arg=editor, timeout=10_000)
        # Still solved after PMT's own verdict is cleared (a reset of the editor, a later
        # failed Validate): the site keeps its own record of the success.
        tab.page.evaluate("id => { const s = JSON.parse(localStorage.getItem(id)); s.done = -1; localStorage.setItem(id, JSON.stringify(s)); }", editor)
        page = open_progress(tab)
        item = page.locator("li[data-exercise='lightsail/cheapest_bundle']")
        assert item.get_attribute("data-solved") == "true"
        assert row(page, "lightsail").locator(".progress-solved").inner_text().startswith("1 of 1")
        assert row(page, "lambda").locator(".progress-solved").inner_text().startswith("0 of")
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_quiz_and_exam_results_show(browser, built_site, bank):
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab)
        seed(page, bank)
        page.reload()
        page.wait_for_selector(".progress-table")
        assert row(page, "lambda").locator(".progress-quiz").inner_text() == "5/7 (71 %)"
        assert row(page, "lambda").locator(".progress-exam").inner_text() == "75 % (3 of 4)"
        assert row(page, "ecs").locator(".progress-exam").inner_text() == "67 % (4 of 6)"
        assert row(page, "lightsail").locator(".progress-solved").inner_text().startswith("1 of 1")
    finally:
        tab.close()


def test_export_import_round_trip_in_a_fresh_context(browser, built_site, bank, tmp_path):
    first = harness.new_tab(browser, built_site)
    second = harness.new_tab(browser, built_site)
    try:
        page = open_progress(first)
        seed(page, bank)
        page.reload()
        page.wait_for_selector(".progress-table")
        before = page.evaluate(OWNED)
        summary = page.inner_text("#progress-summary")
        with page.expect_download() as download:
            page.get_by_role("button", name="Export my progress").click()
        file = tmp_path / "progress.json"
        download.value.save_as(file)
        exported = json.loads(file.read_text(encoding="utf-8"))
        assert exported["entries"] == before and "not-ours" not in exported["entries"]

        other = open_progress(second)
        assert other.evaluate(OWNED) == {}
        other.set_input_files("#progress-import", str(file))
        other.wait_for_function("() => /Imported/.test(document.getElementById('progress-message').textContent)")
        assert other.evaluate(OWNED) == before
        assert other.inner_text("#progress-summary") == summary
        other.reload()
        other.wait_for_selector(".progress-table")
        assert other.inner_text("#progress-summary") == summary
        assert not first.errors and not second.errors, first.errors + second.errors
    finally:
        first.close()
        second.close()


BAD_FILES = {
    "not JSON": "{this is not json",
    "foreign format": json.dumps({"format": "someone-else", "entries": {}}),
    "other project": json.dumps({"format": "aws-compute-by-doing-progress", "version": 1,
                                 "project": "another-site", "entries": {}}),
    "newer version": json.dumps({"format": "aws-compute-by-doing-progress", "version": 2,
                                 "project": "aws-compute-by-doing", "entries": {}}),
    "foreign key": json.dumps({"format": "aws-compute-by-doing-progress", "version": 1,
                               "project": "aws-compute-by-doing",
                               "entries": {PREFIX + "quiz-best": json.dumps({"v": 1, "scores": {}}),
                                           "someone-else": "x"}}),
    "corrupt entry": json.dumps({"format": "aws-compute-by-doing-progress", "version": 1,
                                 "project": "aws-compute-by-doing",
                                 "entries": {PREFIX + "quiz-best": json.dumps({"v": 1, "scores": {}}),
                                             PREFIX + "exam-history": "{broken"}}),
}


def test_corrupt_or_foreign_import_is_refused_with_nothing_changed(browser, built_site, bank, tmp_path):
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab)
        seed(page, bank)
        page.reload()
        page.wait_for_selector(".progress-table")
        before = page.evaluate(OWNED)
        for name, text in BAD_FILES.items():
            file = tmp_path / f"{name.replace(' ', '-')}.json"
            file.write_text(text, encoding="utf-8")
            page.evaluate("() => document.getElementById('progress-message').textContent = ''")
            page.set_input_files("#progress-import", str(file))
            page.wait_for_function("() => document.getElementById('progress-message').textContent")
            message = page.inner_text("#progress-message")
            assert "Nothing was changed" in message, (name, message)
            assert page.evaluate(OWNED) == before, name
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_reset_asks_first(browser, built_site, bank):
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab)
        seed(page, bank)
        before = page.evaluate(OWNED)
        page.get_by_role("button", name="Reset my progress…").click()
        assert page.locator("#progress-confirm").is_visible()
        page.get_by_role("button", name="Cancel").click()
        assert page.evaluate(OWNED) == before
        page.get_by_role("button", name="Reset my progress…").click()
        page.get_by_role("button", name="Yes, delete everything").click()
        assert page.evaluate(OWNED) == {}
        assert page.evaluate("() => localStorage.getItem('not-ours')") == "kept"
        assert row(page, "lambda").locator(".progress-quiz").inner_text() == "not taken"
    finally:
        tab.close()


def test_axe_and_390px_with_progress(browser, built_site, bank):
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab)
        seed(page, bank)
        page.reload()
        page.wait_for_selector(".progress-table")
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
    finally:
        tab.close()


def _export(page, tmp_path, name):
    with page.expect_download() as download:
        page.get_by_role("button", name="Export my progress").click()
    file = tmp_path / name
    download.value.save_as(file)
    return file


def test_import_merges_and_an_older_file_lowers_nothing(browser, built_site, bank, tmp_path):
    """Issue 20, item 5: importing an older export kept a 5/5 quiz score as "not taken".
    Import now merges, item by item: the better quiz score, every exam attempt once, every
    solved exercise, saved code only where this browser has none; and it says what changed."""
    exercises = [e["editor"] for e in bank["exercises"] if e["editor"]]
    kept, added, solved_elsewhere = exercises[:3]
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab)
        old_attempt = {"date": "2026-11-20T09:00:00Z", "length": 10, "right": 4, "pct": 40, "timed": True,
                       "timeUsed": 300, "topics": {"ecs": [4, 10]}, "domains": {"3": [4, 10]}, "missed": []}
        new_attempt = dict(old_attempt, date="2026-11-30T09:00:00Z", right=9, pct=90, topics={"ecs": [9, 10]})
        code = lambda text, done=0: json.dumps({"code": text, "done": done, "hash": "h", "name": "exo", "project": "aws-compute-by-doing"})
        # The older state, as exported then: a lower Lambda score, an ECS score, one attempt,
        # code for two exercises, one of them solved.
        page.evaluate("""([prefix, attempt, entries]) => {
            localStorage.clear();
            localStorage.setItem(prefix + 'quiz-best', JSON.stringify({v: 1, scores: {
                lambda: {right: 2, total: 5, date: '2026-11-20T08:00:00Z'},
                ecs: {right: 3, total: 5, date: '2026-11-20T08:00:00Z'}}}));
            localStorage.setItem(prefix + 'exam-history', JSON.stringify({v: 1, attempts: [attempt]}));
            for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        }""", [PREFIX, old_attempt, {kept: code("old code"), added: code("their code"),
                                     solved_elsewhere: code("solved there", done=1)}])
        older = _export(page, tmp_path, "older.json")

        # The newer state of this browser: 5/5 on Lambda, both attempts, newer code.
        page.evaluate("""([prefix, attempts, entries]) => {
            localStorage.clear();
            localStorage.setItem(prefix + 'quiz-best', JSON.stringify({v: 1, scores: {
                lambda: {right: 5, total: 5, date: '2026-11-30T08:00:00Z'}}}));
            localStorage.setItem(prefix + 'exam-history', JSON.stringify({v: 1, attempts: attempts}));
            for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        }""", [PREFIX, [old_attempt, new_attempt], {kept: code("new code"), solved_elsewhere: code("my draft")}])
        page.reload()
        page.wait_for_selector(".progress-table")
        assert row(page, "lambda").locator(".progress-quiz").inner_text() == "5/5 (100 %)"

        page.set_input_files("#progress-import", str(older))
        page.wait_for_function("() => /Imported/.test(document.getElementById('progress-message').textContent)")
        message = page.inner_text("#progress-message")
        assert "merged" in message and "1 better or new quiz score" in message, message
        assert "this browser's code was kept" in message, message
        assert row(page, "lambda").locator(".progress-quiz").inner_text() == "5/5 (100 %)"
        assert row(page, "ecs").locator(".progress-quiz").inner_text() == "3/5 (60 %)"
        history = page.evaluate("k => JSON.parse(localStorage.getItem(k)).attempts", PREFIX + "exam-history")
        assert [a["date"] for a in history] == [old_attempt["date"], new_attempt["date"]]
        assert json.loads(page.evaluate("k => localStorage.getItem(k)", kept))["code"] == "new code"
        assert json.loads(page.evaluate("k => localStorage.getItem(k)", added))["code"] == "their code"
        assert json.loads(page.evaluate("k => localStorage.getItem(k)", solved_elsewhere))["code"] == "my draft"
        solved = page.evaluate("k => JSON.parse(localStorage.getItem(k)).editors", PREFIX + "solved")
        assert solved_elsewhere in solved
        assert page.locator(f"li[data-solved='true']").count() == 1

        # Importing the same file again changes nothing.
        before = page.evaluate(OWNED)
        page.evaluate("() => document.getElementById('progress-message').textContent = ''")
        page.set_input_files("#progress-import", str(older))
        page.wait_for_function("() => /Imported/.test(document.getElementById('progress-message').textContent)")
        assert page.evaluate(OWNED) == before
        assert "nothing new" in page.inner_text("#progress-message").lower()
        assert "it is merged with what that browser already has" in \
            " ".join(page.inner_text(".md-content").split())  # the page says so
        assert not tab.errors, tab.errors
    finally:
        tab.close()


def test_retries_are_counted_apart(browser, built_site, bank):
    """Issue 20, item 12: a retry of missed questions is not in the per-topic accuracy."""
    tab = harness.new_tab(browser, built_site)
    try:
        page = open_progress(tab)
        attempt = {"date": "2026-11-30T09:00:00Z", "length": 4, "right": 2, "pct": 50, "timed": False,
                   "timeUsed": 60, "topics": {"lambda": [2, 4]}, "domains": {"3": [2, 4]}, "missed": []}
        retry = dict(attempt, date="2026-11-30T10:00:00Z", length=2, right=0, pct=0,
                     topics={"lambda": [0, 2]}, kind="retry")
        page.evaluate("([k, a]) => localStorage.setItem(k, JSON.stringify({v: 1, attempts: a}))",
                      [PREFIX + "exam-history", [attempt, retry]])
        page.reload()
        page.wait_for_selector(".progress-table")
        assert row(page, "lambda").locator(".progress-exam").inner_text() == "50 % (2 of 4)"
        summary = page.inner_text("#progress-summary")
        assert "Practice exams taken: 1, and 1 retry of missed questions" in summary, summary
    finally:
        tab.close()
