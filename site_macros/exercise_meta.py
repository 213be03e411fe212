"""Exercise metadata on the pages: difficulty, time, "You practise" and progressive hints.

Each exercise folder has a ``meta.yml`` beside its ``exo.py``:

    difficulty: 2            # 1 (easiest) to 3
    minutes: 15              # a time estimate for a learner who has read the page
    practise: "Lambda concurrency; rounding up with math.ceil"   # "<AWS concept>; <Python skill>"
    hints:                   # 2 to 4, from a pointer to the concept to the approach in words
      - "..."                # links are relative to docs/: [the quotas](lambda/index.md#quotas)

A Practice page shows them around the exercise's editor:

    {{ exercise_header("lambda/concurrency") }}
    {{ IDE('../../exercises/lambda/concurrency/exo') }}
    {{ exercise_hints("lambda/concurrency") }}

and a service's reading page ends with the suggested path:

    {{ next_steps("lambda") }}
"""

import posixpath
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
DOCS = ROOT / "docs"
DOTS = {1: "●○○", 2: "●●○", 3: "●●●"}
WORDS = {1: "easy", 2: "medium", 3: "harder"}
_LINK = re.compile(r"\]\((?!https?://|#|mailto:)([^)\s#?]+\.md)([?#][^)\s]*)?\)")


def load_meta(exercise_id):
    """The exercise's meta.yml as a dict (raises if it is missing or malformed)."""
    path = EXERCISES / exercise_id / "meta.yml"
    if not path.is_file():
        raise FileNotFoundError(f"{exercise_id}: no meta.yml beside exo.py")
    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = meta_problems(meta)
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return meta


def meta_problems(meta):
    """What is wrong with a meta dict, as a list of sentences (empty when it is fine)."""
    if not isinstance(meta, dict):
        return ["meta.yml must be a mapping"]
    out = []
    if meta.get("difficulty") not in DOTS:
        out.append("difficulty must be 1, 2 or 3")
    minutes = meta.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 120:
        out.append("minutes must be a whole number from 1 to 120")
    practise = meta.get("practise")
    if not isinstance(practise, str) or practise.count(";") != 1 or practise.startswith("You "):
        out.append('practise must read "<AWS concept>; <Python skill>" (the page adds "You practise:")')
    hints = meta.get("hints")
    if not isinstance(hints, list) or not 2 <= len(hints) <= 4 \
            or not all(isinstance(h, str) and h.strip() for h in hints):
        out.append("hints must be a list of 2 to 4 non-empty texts")
    return out


def relative_links(text, page_src):
    """Rewrite links written relative to docs/ so they work from the page ``page_src``."""
    here = posixpath.dirname(page_src)

    def fix(match):
        target = posixpath.relpath(match.group(1), here or ".")
        return f"]({target}{match.group(2) or ''})"

    return _LINK.sub(fix, text)


def header_markdown(exercise_id):
    meta = load_meta(exercise_id)
    level = meta["difficulty"]
    return (
        f'<p class="exercise-meta" markdown>'
        f'<span class="exercise-difficulty">Difficulty '
        f'<span role="img" aria-label="{level} of 3, {WORDS[level]}">{DOTS[level]}</span></span>'
        f' · about {meta["minutes"]} min<br>\n'  # a space for the search index's text
        f'**You practise:** {meta["practise"]}</p>'
    )


def hints_markdown(exercise_id, page_src, script_src):
    meta = load_meta(exercise_id)
    lines = [f'<div class="exercise-hints" data-exercise="{exercise_id}" markdown>', ""]
    for number, hint in enumerate(meta["hints"], 1):
        body = relative_links(" ".join(hint.split()), page_src)
        lines += [f'??? tip "Hint {number}"', f"    {body}", ""]
    lines += ["</div>", ""]
    if script_src:
        lines += [f'<script src="{script_src}" defer></script>', ""]
    return "\n".join(lines)


def _flat_nav(nav, section=None):
    """The nav's pages in order, as (section title, page title or None, page src)."""
    out = []
    for item in nav or []:
        if isinstance(item, str):
            out.append((section, None, item))
            continue
        for title, value in item.items():
            if isinstance(value, str):
                out.append((section or title, title if section else None, value))
            else:
                out += _flat_nav(value, section or title)
    return out


EXAM, PROGRESS, REVIEW = "exam/index.md", "progress/index.md", "review/index.md"


def next_steps_markdown(service, nav, page_src):
    """The read -> quiz -> practise path of a service, then the next reading page in the nav."""
    flat = _flat_nav(nav)
    reading = f"{service}/index.md"
    where = next((i for i, (_, _, src) in enumerate(flat) if src == reading), None)
    if where is None:
        raise ValueError(f"next_steps: the nav has no page {reading}")
    steps = ["1. **Read** this page, the exam tips and the traps."]
    source = (DOCS / reading).read_text(encoding="utf-8")
    if "{ #quiz }" in source:
        steps.append("1. **Quiz**: answer the [quiz](#quiz) above; after *Check answers*, each "
                     "option says why it is right or wrong.")
    practice = f"{service}/practice.md"
    if any(src == practice for _, _, src in flat):
        steps.append(f"1. **Practise**: write and validate the exercises of the "
                     f"[Practice page]({practice}), easiest first; open the hints when stuck.")
    if any(src == EXAM for _, _, src in flat):
        from questions.bank import TOPICS  # the exam's topics

        if service in TOPICS:
            # ?topic= preselects "every question of one topic" for this one (exam.js).
            steps.append(f"1. **Test yourself**: take a [practice exam on every "
                         f"{TOPICS[service][0]} question]({EXAM}?topic={service}), or on all "
                         f"topics; your scores add up on [Your progress]({PROGRESS}).")
        else:
            steps.append(f"1. **Test yourself**: take a [practice exam]({EXAM}); your scores "
                         f"add up on [Your progress]({PROGRESS}).")
    following = next(((sec, title, src) for sec, title, src in flat[where + 1:]
                      if src.endswith("/index.md") and src not in (EXAM, PROGRESS, REVIEW)), None)
    if following:
        sec, title, src = following
        steps.append(f"1. **Next**: [{title or sec}]({src}).")
    text = "\n".join(['!!! abstract "Your path through this topic"', ""]
                     + [f"    {s}" for s in steps])
    # "N to review today", linked to the Review page, filled in by review.js when N > 0.
    text += '\n\n<p class="review-due" data-review-due hidden></p>\n'
    return relative_links(text, page_src)


def define(env):
    """Register the macros on the mkdocs-macros ``env`` (called from main.py)."""
    shown = set()

    def page_src():
        page = getattr(env, "page", None)
        return page.file.src_uri if page is not None else "index.md"

    def script_once():
        page = getattr(env, "page", None)
        url = page.url if page is not None else ""
        if url in shown:
            return ""
        shown.add(url)
        return "../" * url.count("/") + "assets/hints.js"

    @env.macro
    def exercise_header(exercise_id):
        """Difficulty, time estimate and "You practise" line, above an exercise's editor."""
        return header_markdown(exercise_id)

    @env.macro
    def exercise_hints(exercise_id):
        """The exercise's hints, each collapsed, under its editor."""
        return hints_markdown(exercise_id, page_src(), script_once())

    @env.macro
    def next_steps(service):
        """The suggested path at the end of a service's reading page."""
        return next_steps_markdown(service, env.conf.get("nav"), page_src())
