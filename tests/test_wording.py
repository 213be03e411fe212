"""What a learner reads on the built pages: plain words, sources shown once, no doubled text.

- No page mentions "the notes" or "the specification": a reader has neither.
- No learner page carries a status word ("unconfirmed"): statuses are explained on the Sources
  page only.
- A page that prints facts shows one "checked" line under its title, and each source at most
  once per section.
- A fact's text never repeats the words of the sentence around it, as in "Duration is rounded
  up to the nearest 1 ms (duration is rounded up)".
"""

import html
import re
import sys

import pytest

from awsgrader import facts
from conftest import ROOT

sys.path.insert(0, str(ROOT))
import main  # noqa: E402  (the page macros, main.py at the repository root)

STOP = {
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "by", "is", "are", "be",
    "it", "its", "as", "with", "per", "up", "from", "that", "this", "not", "no", "can", "you",
    "your", "than", "more", "less", "each", "one", "two", "only", "all", "any", "but", "when",
    "while", "also", "then", "so", "if", "into", "after", "before", "every", "most", "least",
    "about", "what", "which", "who", "has", "have", "does", "do", "was", "were", "there",
}


BLOCK_END = re.compile(r"</(p|li|td|th|tr|h[1-6]|summary|dt|dd|pre|div|label)>|<br\s*/?>", re.I)


def article_text(page_html, blocks=False):
    """The text of a page's article, tags removed, whitespace collapsed.

    With ``blocks``, the end of each block (paragraph, list item, table cell, heading...)
    becomes " | ", so that a sentence never runs from one block into the next; source
    links are left out.
    """
    match = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>', page_html, re.S)
    body = match.group(1) if match else page_html
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    if blocks:
        body = re.sub(r'<sup class="fact-source".*?</sup>', "", body, flags=re.S)
        body = BLOCK_END.sub(" | ", body)
        # Code is not prose: `REQUEST_PRICE_PER_MILLION ($0.20 per 1 million requests)` names
        # a variable and gives its value, it does not say the same words twice.
        body = re.sub(r"<code\b[^>]*>.*?</code>", " · ", body, flags=re.S)
    body = re.sub(r"</?(a|abbr|code|em|strong|span|sup|sub|small|b|i)\b[^>]*>", "", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return re.sub(r"\s+", " ", html.unescape(body)).strip()


def pages(site):
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(site.rglob("index.html"))
            if not p.relative_to(site).as_posix().startswith(("assets/", "search/"))}


def words(text):
    return [w for w in re.findall(r"[a-z0-9][a-z0-9.,%$-]*", text.lower())]


def _clean(w):
    return w.strip(".,")


def doubled_words(before, fact_text, after=""):
    """Words of ``fact_text`` that the same sentence already says, or '' if none.

    ``before`` is the sentence up to the fact, ``after`` the rest of it. Flags a shared pair
    of words anywhere in the sentence (on EC2 ... on EC2), or a meaningful word that ends
    the text before the fact and starts the fact again (its memory: at 1,769 MB of memory).
    """
    fact_words = [_clean(w) for w in words(fact_text)]
    before_words = [_clean(w) for w in words(before)]
    after_words = [_clean(w) for w in words(after)]
    fact_pairs = set(zip(fact_words, fact_words[1:]))
    for ctx in (before_words, after_words):
        for pair in zip(ctx, ctx[1:]):
            if pair in fact_pairs and not set(pair) <= STOP:
                return " ".join(pair)
    meaningful = {w for w in fact_words[:4]
                  if len(w) >= 4 and w not in STOP and not re.search(r"\d", w)}
    shared = meaningful & set(before_words[-2:])
    return ", ".join(sorted(shared))


SENTENCE_END = re.compile(r"(?<=[.!?|])\s")


def sentence_around(text, start, end):
    """The sentence of ``text`` around ``text[start:end]``: (before, after)."""
    head = text[max(0, start - 300):start]
    cut = [m.end() for m in SENTENCE_END.finditer(head)]
    before = head[cut[-1]:] if cut else head
    tail = text[end:end + 300]
    stop = SENTENCE_END.search(tail)
    after = tail[:stop.start()] if stop else tail
    return before, after


# --- unit tests of the checks themselves ------------------------------------------------------

@pytest.mark.parametrize("before, fact_text, after", [
    ("Duration is rounded up to the nearest ", "1 ms (duration is rounded up)", ""),
    ("Lambda then gives the function CPU in proportion to its memory: at ",
     "1,769 MB of memory = the equivalent of 1 vCPU", ""),
    ("On EC2, a task can ask for ", "0.25 vCPU to 192 vCPU per task on EC2", ""),
])
def test_the_issue_examples_are_caught(before, fact_text, after):
    assert doubled_words(before, fact_text, after)


@pytest.mark.parametrize("before, fact_text, after", [
    ("Duration is metered to the nearest ", "1 ms", ", rounded up"),
    ("Lambda then gives the function CPU in proportion to its memory: ",
     "the equivalent of 1 vCPU at 1,769 MB", ""),
    ("On EC2, task-level CPU goes ", "up to 192 vCPU", ""),
])
def test_plain_sentences_pass(before, fact_text, after):
    assert not doubled_words(before, fact_text, after)


def test_a_source_is_shown_once_per_section():
    link = main._source_html(facts.get("lambda.max_timeout_s"))
    other = main._source_html(facts.get("lambda.memory_mb"))
    md = "\n".join([
        "# Title", f"A {link} and {link} {other}.", f"Again {link}.",
        "```", f"{link}", "```",
        "## Next", f"New section {link}.",
    ])
    out = main.dedupe_sources(md).split("\n")
    assert out[1].count("fact-source") == 2  # the repeat is gone, the other source stays
    assert "fact-source" not in out[2]
    assert out[4] == link  # code blocks are left alone
    assert out[7].count("fact-source") == 1  # a new section shows it again


def test_the_checked_line_goes_under_the_title():
    md = main.insert_after_title("# AWS Lambda\n\nText.", main.checked_line(
        {"2026-11-30", "2026-11-26"}, "lambda/index.md"))
    lines = md.split("\n")
    assert lines[0] == "# AWS Lambda"
    assert "between 2026-11-26 and 2026-11-30" in lines[2]
    assert "(../sources.md)" in lines[2]


# --- the built site -------------------------------------------------------------------------

FORBIDDEN = re.compile(r"\bthe (notes|specification)\b|\bnotes'|\bspecification's\b", re.I)


def test_pages_never_mention_the_notes_or_the_specification(built_site):
    found = []
    for name, page_html in pages(built_site).items():
        text = article_text(page_html)
        for m in FORBIDDEN.finditer(text):
            found.append(f"{name}: ...{text[max(0, m.start() - 60):m.end() + 40]}...")
    assert not found, "A reader has no notes or specification:\n" + "\n".join(found)


def test_learner_pages_carry_no_status_word(built_site):
    found = []
    for name, page_html in pages(built_site).items():
        if name == "sources/index.html":
            continue
        text = article_text(page_html)
        for m in re.finditer(r"\bunconfirmed\b", text, re.I):
            found.append(f"{name}: ...{text[max(0, m.start() - 60):m.end() + 20]}...")
    assert not found, "\n".join(found)


def test_sources_page_explains_every_status(built_site):
    text = article_text((built_site / "sources/index.html").read_text(encoding="utf-8"))
    for status, meaning in facts.STATUSES.items():
        assert status in text
        assert meaning[:40] in text, status


def test_pages_with_facts_show_one_checked_line(built_site):
    for name, page_html in pages(built_site).items():
        count = page_html.count('class="page-checked"')
        if "fact-source" in page_html:
            assert count == 1, f"{name} shows {count} checked lines"
        assert count <= 1, name


def test_each_source_is_linked_once_per_section(built_site):
    for name, page_html in pages(built_site).items():
        match = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>',
                          page_html, re.S)
        body = match.group(1) if match else page_html
        for section in re.split(r"<h[1-6][ >]", body):
            urls = re.findall(r'<sup class="fact-source" data-src="([^"]+)"', section)
            repeated = {u for u in urls if urls.count(u) > 1}
            assert not repeated, f"{name}: {sorted(repeated)} linked twice in one section"


def test_no_fact_text_repeats_the_sentence_around_it(built_site):
    texts = sorted({f.text for f in facts.FACTS.values() if len(f.text) >= 4},
                   key=len, reverse=True)
    found = []
    for name, page_html in pages(built_site).items():
        if name == "sources/index.html":
            continue  # the table prints each fact on its own
        text = article_text(page_html, blocks=True)
        for fact_text in texts:
            start = text.find(fact_text)
            while start != -1:
                end = start + len(fact_text)
                # Other facts in the same sentence are not "the sentence around it".
                masked = text
                for other in texts:
                    if other != fact_text and other not in fact_text:
                        masked = masked.replace(other, "#" * len(other))
                before, after = sentence_around(masked, start, end)
                shared = doubled_words(before, fact_text, after)
                if shared:
                    found.append(f"{name}: \"{before}[{fact_text}]{after}\" repeats: {shared}")
                start = text.find(fact_text, end)
    assert not found, "A fact's text repeats its sentence:\n" + "\n".join(found)
