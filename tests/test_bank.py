"""The question bank (questions/*.yml): the format holds, every link and fact resolves, no
two questions are near-duplicates, and the bank is big and balanced enough for the practice
exam. See questions/bank.py for the format and the README for how to add a question."""

import difflib
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from questions import bank  # noqa: E402

QUESTIONS = bank.load()
BY_ID = {q["id"]: q for q in QUESTIONS}
MIN_PER_TOPIC = 15
MIN_TOTAL = 135
# Two stems are near-duplicates when their word sets overlap this much (Jaccard) or their
# texts are this similar (difflib ratio). Measured on the bank: distinct questions about the
# same service stay below 0.5 and 0.75.
MAX_JACCARD = 0.6
MAX_RATIO = 0.85


def test_the_bank_holds():
    assert QUESTIONS, "no question in questions/*.yml"
    assert not bank.problems(QUESTIONS), "\n".join(bank.problems(QUESTIONS))


def test_checker_catches_broken_questions():
    """The checks can fail: a copy of a good question broken in each way is reported."""
    good = dict(BY_ID["lambda-max-run-time"])
    broken = {
        "missing why": {**good, "options": [{**o} for o in good["options"][:3]] + [{"text": "x"}]},
        "unknown fact": {**good, "facts": ["lambda.max_timeout_s", "lambda.no_such_fact"]},
        "unlisted fact": {**good, "facts": []},
        "missing section": {**good, "section": "lambda/index.md#no-such-anchor"},
        "missing page": {**good, "section": "nowhere/index.md#limits"},
        "missing exercise": {**good, "exercise": "lambda/no_such_exercise"},
        "two right": {**good, "options": [{**o, "correct": True} for o in good["options"]]},
        "bad id": {**good, "id": "ecs-max-run-time"},
    }
    multi = dict(BY_ID["lambda-bill-dimensions"])
    broken["pick count"] = {**multi, "stem": multi["stem"].replace("TWO", "THREE")}
    broken["no pick count"] = {**multi, "stem": re.sub(r"\(Select .*", "", multi["stem"])}
    for name, q in broken.items():
        assert bank.problems([q]), f"the checker accepts a question with a {name}"


@pytest.mark.parametrize("qid", sorted(BY_ID))
def test_links_resolve(qid):
    q = BY_ID[qid]
    url, title = bank.section_link(q["section"])
    assert url and title
    if q.get("exercise"):
        url, title = bank.exercise_link(q["exercise"])
        assert url.startswith(bank.page_url(bank.practice_exercises()[q["exercise"]]["page"]))


def test_every_exercise_has_its_anchor():
    """The exercise links point at the heading above each IDE call: every exercise shown on a
    page sits under a heading with an id."""
    for ex_id, where in bank.practice_exercises().items():
        assert where["anchor"], f"{ex_id}: no heading above its IDE call on docs/{where['page']}"


def test_linked_anchors_exist_in_the_built_site(built_site):
    """Every section and exercise link lands on an element id of the built page."""
    missing = []
    links = [bank.section_link(q["section"])[0] for q in QUESTIONS]
    links += [bank.exercise_link(q["exercise"])[0] for q in QUESTIONS if q.get("exercise")]
    for link in sorted(set(links)):
        page, _, anchor = link.partition("#")
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        if f'id="{anchor}"' not in html:
            missing.append(link)
    assert not missing, f"links to no element of the built site: {missing}"


def test_every_fact_key_exists_and_is_listed():
    from awsgrader import facts
    for q in QUESTIONS:
        assert set(q["facts"]) <= set(facts.FACTS), q["id"]
        assert bank.facts_used(q) == set(q["facts"]), (
            f"{q['id']}: uses {sorted(bank.facts_used(q))}, lists {sorted(q['facts'])}")


def test_no_number_typed_that_a_fact_holds():
    """A fact's printed text never appears typed in a question: it must come through fact()."""
    from awsgrader import facts
    texts = {f.text for f in facts.FACTS.values() if any(c.isdigit() for c in f.text)}
    for q in QUESTIONS:
        for s in bank.strings(q):
            for text in texts:
                assert text not in s, f"{q['id']}: types {text!r}; use {{{{ fact(...) }}}}"


def _words(text):
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def test_no_near_duplicate_stems():
    stems = [(q["id"], bank.render(q["stem"])) for q in QUESTIONS]
    close = []
    for i, (a, sa) in enumerate(stems):
        for b, sb in stems[i + 1:]:
            wa, wb = _words(sa), _words(sb)
            jaccard = len(wa & wb) / len(wa | wb)
            ratio = difflib.SequenceMatcher(None, sa.lower(), sb.lower()).ratio()
            if jaccard >= MAX_JACCARD or ratio >= MAX_RATIO:
                close.append(f"{a} ~ {b} (Jaccard {jaccard:.2f}, ratio {ratio:.2f})")
    assert not close, "near-duplicate stems:\n" + "\n".join(close)


def test_multiple_response_states_the_number_to_pick():
    for q in QUESTIONS:
        m = bank.PICK_RE.search(q["stem"])
        right = bank.pick_count(q)
        if q["type"] == "multiple":
            assert m and m.group(1) == bank.PICK_WORDS[right], (
                f"{q['id']}: {right} right options, stem: {q['stem']!r}")
        else:
            assert not m and right == 1, q["id"]


def _counts():
    return Counter(q["topic"] for q in QUESTIONS)


def test_counts_per_topic():
    counts = _counts()
    short = {t: counts.get(t, 0) for t in bank.TOPICS if counts.get(t, 0) < MIN_PER_TOPIC}
    assert not short, f"topics under {MIN_PER_TOPIC} questions: {short}"
    assert len(QUESTIONS) >= MIN_TOTAL, f"{len(QUESTIONS)} questions, need {MIN_TOTAL}"


def test_right_answer_positions_are_balanced():
    """Single questions: each of the 4 positions holds the right answer in 25 % of them, give
    or take 8 points. Multiple questions: at most half have their right answers as the first
    options (a bank written 'right answers first' fails)."""
    singles = [bank.correct_indices(q)[0] for q in QUESTIONS if q["type"] == "single"]
    counts = Counter(singles)
    for position in range(4):
        share = counts.get(position, 0) / len(singles)
        assert 0.17 <= share <= 0.33, (
            f"position {position + 1} holds {share:.0%} of the right answers: {dict(counts)}")
    multiples = [q for q in QUESTIONS if q["type"] == "multiple"]
    first = [q["id"] for q in multiples
             if bank.correct_indices(q) == list(range(bank.pick_count(q)))]
    assert len(first) <= len(multiples) / 2, f"right answers listed first: {first}"


def test_site_data_is_complete():
    data = bank.site_data(QUESTIONS)
    assert [q["id"] for q in data["questions"]] == [q["id"] for q in QUESTIONS]
    for q in data["questions"]:
        assert "{{" not in q["stem"] and all("{{" not in o["why"] for o in q["options"]), q["id"]
        assert all(o["why"] for o in q["options"]), q["id"]


def test_browser_storage_uses_the_project_id():
    """learn.js namespaces the learner's data by PMT's project id, as PMT does its own."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    project = next(p["pyodide_macros"] for p in config["plugins"]
                   if isinstance(p, dict) and "pyodide_macros" in p)["project"]["id"]
    learn = (ROOT / "docs/assets/learn.js").read_text(encoding="utf-8")
    assert f'var PROJECT = "{project}";' in learn


def test_page_quizzes_come_from_the_bank():
    """No page writes a quiz by hand; every quiz page calls quiz() with a key some question
    lists, and every question listed for a page quiz is on that page."""
    docs = ROOT / "docs"
    calls = {}
    for md in docs.rglob("*.md"):
        text = md.read_text(encoding="utf-8")
        assert "multi_qcm(" not in text, f"{md}: write quiz questions in questions/*.yml"
        for key in re.findall(r"""\{\{\s*quiz\(\s*["'](\w+)["']""", text):
            calls[key] = md.relative_to(docs).as_posix()
    listed = {k for q in QUESTIONS for k in q.get("quizzes") or []}
    assert listed == set(calls), (sorted(listed), sorted(calls))
    for key, page in calls.items():
        assert bank.QUIZ_PAGES[key] == page, (key, page)
