"""The spaced review's rule (docs/assets/review.js), its pure functions run in Chromium, in
the learner's time zone set per browser context: box moves, due dates across month ends and
time-zone changes, a question removed from the bank, damaged records, a clock set back."""

import pytest

from browser import harness

pytestmark = pytest.mark.browser
REVIEW_JS = harness.ROOT / "docs/assets/review.js"
NOW = "2026-06-15T10:00:00Z"


class Rule:
    """``rule(fn, *args, tz=...)`` calls ``Review.<fn>(*args)`` in a page of time zone ``tz``."""

    def __init__(self, browser):
        self.browser, self.contexts = browser, {}

    def page(self, tz="Europe/Paris"):
        if tz not in self.contexts:
            context = self.browser.new_context(timezone_id=tz)
            page = context.new_page()
            page.add_script_tag(path=str(REVIEW_JS))
            self.contexts[tz] = (context, page)
        return self.contexts[tz][1]

    def __call__(self, fn, *args, tz="Europe/Paris"):
        return self.page(tz).evaluate("([fn, args]) => Review[fn](...args)", [fn, list(args)])


@pytest.fixture(scope="module")
def rule(browser):
    r = Rule(browser)
    yield r
    for context, _ in r.contexts.values():
        context.close()


def test_a_miss_or_a_guess_is_due_tomorrow(rule):
    for outcome in ("wrong", "unsure"):
        e = rule("afterAnswer", None, outcome, "2026-06-15", NOW)
        assert (e["box"], e["due"], e["updated"]) == (1, "2026-06-16", "2026-06-15T10:00:00.000Z")
    # A question in box 4 missed again in a quiz goes back to box 1.
    e = rule("afterAnswer", {"box": 4, "due": "2026-06-20", "updated": NOW}, "wrong", "2026-06-15", NOW)
    assert (e["box"], e["due"]) == (1, "2026-06-16")


def test_a_right_answer_outside_the_review_changes_no_box(rule):
    assert rule("afterAnswer", None, "right", "2026-06-15", NOW)["box"] == 0
    entry = {"box": 3, "due": "2026-06-20", "updated": "2026-06-13T10:00:00.000Z"}
    assert rule("afterAnswer", entry, "right", "2026-06-15", NOW) == entry


def test_right_answers_climb_the_boxes_then_leave(rule):
    entry, today, seen = rule("afterAnswer", None, "wrong", "2026-06-15", NOW), "2026-06-16", []
    for _ in range(4):
        entry = rule("afterReview", entry, True, today, NOW)
        seen.append((entry["box"], rule("daysBetween", today, entry["due"])))
        today = entry["due"]
    assert seen == [(2, 3), (3, 7), (4, 14), (5, 30)]
    out = rule("afterReview", entry, True, today, NOW)
    assert (out["box"], out["due"]) == (0, None)  # right in box 5: out of the review
    assert rule("isDue", out, "2030-01-01") is False


def test_a_wrong_review_goes_back_to_box_one(rule):
    e = rule("afterReview", {"box": 5, "due": "2026-06-15", "updated": NOW}, False, "2026-06-15", NOW)
    assert (e["box"], e["due"]) == (1, "2026-06-16")


def test_due_dates_across_month_and_year_ends(rule):
    assert rule("addDays", "2026-01-31", 1) == "2026-02-01"
    assert rule("addDays", "2028-02-28", 1) == "2028-02-29"      # leap year
    assert rule("addDays", "2027-02-28", 1) == "2027-03-01"
    assert rule("addDays", "2026-12-31", 1) == "2027-01-01"
    e = rule("afterReview", {"box": 4, "due": "2026-01-31", "updated": NOW}, True, "2026-01-31", NOW)
    assert (e["box"], e["due"]) == (5, "2026-03-02")             # 30 days on
    # Across the change to summer time, a day is still a day.
    assert rule("addDays", "2026-03-28", 1, tz="Europe/Paris") == "2026-03-29"
    assert rule("dayOf", "2026-03-29T01:30:00Z", tz="Europe/Paris") == "2026-03-29"


def test_the_day_is_the_learners_own(rule):
    instant = "2026-06-30T23:30:00Z"
    assert rule("dayOf", instant, tz="Pacific/Auckland") == "2026-07-01"
    assert rule("dayOf", instant, tz="America/Los_Angeles") == "2026-06-30"
    assert rule("dayOf", instant, tz="UTC") == "2026-06-30"
    # An entry made in Auckland is due there the next day; in Los Angeles it waits a day
    # more, and its date stays valid wherever the learner goes.
    e = rule("afterAnswer", None, "wrong", rule("dayOf", instant, tz="Pacific/Auckland"), instant)
    assert e["due"] == "2026-07-02"
    la_today = rule("dayOf", "2026-07-01T20:00:00Z", tz="America/Los_Angeles")
    assert la_today == "2026-07-01" and rule("isDue", e, la_today) is False
    assert rule("isDue", e, rule("addDays", la_today, 1)) is True
    assert rule("cleanEntry", e, la_today) == e


def test_valid_days_only(rule):
    for day in ("2026-06-15", "2028-02-29"):
        assert rule("validDay", day) is True
    for day in ("2026-02-30", "2027-02-29", "2026-13-01", "2026-00-10", "26-06-15", "2026-6-15",
                "", None, 20260615, "2026-06-15T00:00:00Z", "1999-12-31"):
        assert rule("validDay", day) is False, day


def test_damaged_entries_are_skipped_and_removed_questions_dropped(rule):
    good = {"box": 2, "due": "2026-06-17", "updated": NOW}
    record = {"v": 1, "items": {
        "q:lambda-a": good,
        "q:lambda-gone": good,                                      # no longer in the bank
        "q:lambda-b": {"box": 7, "due": "2026-06-17", "updated": NOW},
        "q:lambda-c": {"box": "2", "due": "2026-06-17", "updated": NOW},
        "q:lambda-d": {"box": 2, "due": "2026-02-30", "updated": NOW},
        "q:lambda-e": {"box": 2, "due": "2026-06-17"},
        "q:lambda-f": {"box": 0, "due": "2026-06-17", "updated": NOW},
        "q:lambda-g": [1, 2],
        "not a key": good,
    }, "fails": {"editor_0123456789abcdef": 2, "editor_fedcba9876543210": -1}}
    out = rule("clean", record, "2026-06-15")  # without the bank: nothing dropped
    assert sorted(out["items"]) == ["q:lambda-a", "q:lambda-gone"] and out["skipped"] == 8
    assert out["fails"] == {"editor_0123456789abcdef": 2}
    # The bank's questions, as the page knows them: a question no longer there is dropped.
    kept = rule.page().evaluate("r => Review.clean(r, '2026-06-15', k => k !== 'q:lambda-gone')", record)
    assert sorted(kept["items"]) == ["q:lambda-a"] and kept["dropped"] == 1 and kept["skipped"] == 8
    for bad in ("text", [1], {"items": [1]}):
        assert rule("clean", bad, "2026-06-15")["bad"] is True


def test_a_clock_set_back_or_forward_never_makes_a_date_invalid(rule):
    # Saved while the clock was a year ahead, read with the right date: due no later than
    # today + the box's interval.
    e = rule("cleanEntry", {"box": 2, "due": "2027-06-18", "updated": "2027-06-15T10:00:00Z"}, "2026-06-15")
    assert e["due"] == "2026-06-18"
    # Saved with the clock a year behind: simply overdue, due today.
    e = rule("cleanEntry", {"box": 3, "due": "2025-06-22", "updated": "2025-06-15T10:00:00Z"}, "2026-06-15")
    assert e["due"] == "2025-06-22" and rule("isDue", e, "2026-06-15") is True
    assert rule("dueKeys", {"q:a": e, "q:b": {"box": 1, "due": "2026-06-16", "updated": NOW}}, "2026-06-15") == ["q:a"]


def test_exercises_failed_twice_come_back_after_a_week(rule):
    assert rule("afterSolve", None, 1, "2026-06-15", NOW) is None
    e = rule("afterSolve", None, 2, "2026-06-15", NOW)
    assert (e["box"], e["due"]) == (3, "2026-06-22")
    assert rule("afterSolve", e, 0, "2026-06-16", NOW) == e             # not due yet: unchanged
    moved = rule("afterSolve", e, 0, "2026-06-22", NOW)                  # due: moves on
    assert (moved["box"], moved["due"]) == (4, "2026-07-06")


def test_merge_keeps_the_newer_entry(rule):
    mine = {"items": {"q:a": {"box": 1, "due": "2026-06-16", "updated": "2026-06-15T10:00:00Z"},
                      "q:b": {"box": 3, "due": "2026-06-20", "updated": "2026-06-13T10:00:00Z"}},
            "fails": {"editor_0123456789abcdef": 1}}
    theirs = {"items": {"q:a": {"box": 2, "due": "2026-06-17", "updated": "2026-06-14T10:00:00Z"},
                        "q:b": {"box": 4, "due": "2026-06-28", "updated": "2026-06-14T10:00:00Z"},
                        "q:c": {"box": 0, "due": None, "updated": "2026-06-14T10:00:00Z"}},
              "fails": {"editor_0123456789abcdef": 3}}
    out = rule("merge", mine, theirs, "2026-06-15")
    items = out["record"]["items"]
    assert items["q:a"]["box"] == 1 and items["q:b"]["box"] == 4 and items["q:c"]["box"] == 0
    assert out["changed"] == 2 and out["record"]["fails"] == {"editor_0123456789abcdef": 3}
    again = rule("merge", out["record"], theirs, "2026-06-15")
    assert again["changed"] == 0 and again["record"] == out["record"]
