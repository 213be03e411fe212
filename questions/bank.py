"""The question bank: every quiz and practice-exam question, as data in ``questions/*.yml``.

One file holds questions of one topic (``topic:``); a topic may span several files
(``lambda.yml``, ``lambda-more.yml``). The format is described in the README ("How to add a
question"). This module loads the files, checks them (``problems``), renders their Jinja fact
templates with the fact registry (``exercises/awsgrader/facts``, the same ``fact`` and
``fact_value`` as the page macros of ``main.py``) and resolves each question's links:

* ``section: lambda/index.md#limits`` -> the page address ``lambda/#limits``;
* ``exercise: lambda/monthly_cost`` -> the Practice page that shows it, at the anchor of the
  heading above its ``{{ IDE('../../exercises/lambda/monthly_cost/exo') }}`` call.

It has no MkDocs dependency: the build hook (``questions/mkdocs_hooks.py``) and the tests use it.
"""

import re
import sys
from functools import lru_cache
from pathlib import Path

import jinja2
import markdown
import yaml

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "questions"
DOCS = ROOT / "docs"
EXERCISES = ROOT / "exercises"

if str(EXERCISES) not in sys.path:
    sys.path.insert(0, str(EXERCISES))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from awsgrader import facts as facts_module  # noqa: E402
from site_macros.exercise_files import IDE_CALL  # noqa: E402

# Topic key -> (name, reading page, Practice page or None).
TOPICS = {
    "ecs": ("Amazon ECS", "ecs/index.md", "ecs/practice.md"),
    "fargate": ("AWS Fargate", "fargate/index.md", "fargate/practice.md"),
    "ecr": ("Amazon ECR", "ecr/index.md", "ecr/practice.md"),
    "serverless": ("Serverless", "serverless/index.md", None),
    "lambda": ("AWS Lambda", "lambda/index.md", "lambda/practice.md"),
    "apigateway": ("Amazon API Gateway", "apigateway/index.md", "apigateway/practice.md"),
    "batch": ("AWS Batch", "batch/index.md", "batch/practice.md"),
    "lightsail": ("Amazon Lightsail", "lightsail/index.md", "lightsail/practice.md"),
    "compute": ("Choosing a compute service", "compute/index.md", "compute/practice.md"),
}
# Practice pages that belong to no exam topic: their exercises count on the progress page.
PRACTICE_ONLY = {
    "warmup": ("Python you need", "warmup/practice.md"),
}
DOMAINS = {
    1: "Cloud Concepts",
    2: "Security and Compliance",
    3: "Cloud Technology and Services",
    4: "Billing, Pricing and Support",
}
# Page quizzes a question may appear on (optional field ``quizzes``): every topic's reading
# page, plus the Containers primer.
QUIZ_PAGES = {**{t: page for t, (_, page, _) in TOPICS.items()}, "containers": "containers/index.md"}
PICK_WORDS = {2: "TWO", 3: "THREE", 4: "FOUR"}
PICK_RE = re.compile(r"\(Select (TWO|THREE|FOUR)\.\)\s*$")

REQUIRED = {"id", "domain", "type", "stem", "options", "section", "facts"}
OPTIONAL = {"exercise", "quizzes"}
OPTION_KEYS = {"text", "why", "correct"}
FACT_CALL = re.compile(r"""\bfact(?:_value)?\(\s*["']([^"']+)["']\s*\)""")

HEADING = re.compile(r"^(#{1,6})\s+(?P<title>.*?)\s*(?:\{\s*#(?P<id>[\w-]+)[^}]*\})?\s*$")


class BankError(ValueError):
    """The bank does not hold: the message lists every problem."""


# ---- Loading --------------------------------------------------------------------------------

def files(folder=QUESTIONS):
    return sorted(Path(folder).glob("*.yml"))


def load(folder=QUESTIONS):
    """Every question of every file, in file order, each with ``topic`` and ``file`` added.

    Raises BankError for a file that is not a mapping with ``topic`` and ``questions``."""
    out, errors = [], []
    for path in files(folder):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            errors.append(f"{path.name}: not valid YAML: {exc}")
            continue
        if not isinstance(data, dict) or set(data) != {"topic", "questions"}:
            errors.append(f"{path.name}: must hold exactly `topic:` and `questions:`")
            continue
        if data["topic"] not in TOPICS:
            errors.append(f"{path.name}: unknown topic {data['topic']!r}; one of {sorted(TOPICS)}")
            continue
        if not isinstance(data["questions"], list):
            errors.append(f"{path.name}: `questions:` must be a list")
            continue
        for q in data["questions"]:
            if not isinstance(q, dict):
                errors.append(f"{path.name}: every question must be a mapping, got {q!r}")
                continue
            out.append({**q, "topic": data["topic"], "file": path.name})
    if errors:
        raise BankError("\n".join(errors))
    return out


# ---- Rendering ------------------------------------------------------------------------------

_JINJA = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
_JINJA.globals.update(
    fact=lambda key: facts_module.get(key).text,
    fact_value=lambda key: facts_module.get(key).value,
)


def render(text):
    """A question's string with its ``{{ fact("key") }}`` templates filled in."""
    return _JINJA.from_string(str(text)).render()


def inline_html(text):
    """Rendered Markdown of one short string, without the surrounding paragraph."""
    html = markdown.markdown(render(text))
    return re.sub(r"^<p>(.*)</p>$", r"\1", html.strip(), flags=re.S)


def strings(q):
    """Every string of a question that may hold a fact template."""
    out = [q.get("stem", "")]
    for o in q.get("options") or []:
        if isinstance(o, dict):
            out += [o.get("text", ""), o.get("why", "")]
    return [str(s) for s in out]


def facts_used(q):
    return {key for s in strings(q) for key in FACT_CALL.findall(s)}


def correct_indices(q):
    return [i for i, o in enumerate(q["options"]) if o.get("correct") is True]


def pick_count(q):
    """How many options the learner must pick."""
    return len(correct_indices(q))


# ---- Links ----------------------------------------------------------------------------------

def page_url(md):
    """docs-relative page -> its address relative to the site root: lambda/index.md -> lambda/."""
    rel = md[:-3] if md.endswith(".md") else md
    if rel == "index":
        return ""
    if rel.endswith("/index"):
        return rel[: -len("index")]
    return rel + "/"


def _slug(title):
    import unicodedata
    title = re.sub(r"[^\w\s-]", "", unicodedata.normalize("NFKD", title)).strip().lower()
    return re.sub(r"[-\s]+", "-", title)


@lru_cache(maxsize=None)
def headings(md):
    """{anchor: title} of the headings of a docs page (explicit ``{ #id }`` or toc slug)."""
    path = DOCS / md
    out = {}
    if not path.is_file():
        return out
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced:
            continue
        m = HEADING.match(line)
        if m:
            title = m.group("title")
            out[m.group("id") or _slug(title)] = title
    return out


def section_link(section):
    """``lambda/index.md#limits`` -> (address, title) or raise BankError."""
    page, _, anchor = str(section).partition("#")
    if not page.endswith(".md") or not (DOCS / page).is_file():
        raise BankError(f"section {section!r}: no page docs/{page}")
    titles = headings(page)
    if not anchor or anchor not in titles:
        raise BankError(f"section {section!r}: docs/{page} has no heading with id {anchor!r}")
    return page_url(page) + "#" + anchor, titles[anchor]


@lru_cache(maxsize=None)
def practice_exercises():
    """{exercise id: {"page", "anchor", "title"}} for every IDE call on every docs page: the
    anchor and title are those of the last level-2 heading above the call (an exercise's
    own section; its ### parts, such as "Your function", are not its name)."""
    out = {}
    for path in sorted(DOCS.rglob("*.md")):
        md = path.relative_to(DOCS).as_posix()
        last = (None, None)
        for line in path.read_text(encoding="utf-8").splitlines():
            m = HEADING.match(line)
            if m and line.startswith("## "):
                last = (m.group("id") or _slug(m.group("title")), m.group("title").replace("`", ""))
            for call in IDE_CALL.finditer(line):
                out.setdefault(call.group("id"), {"page": md, "anchor": last[0], "title": last[1]})
    return out


def exercise_link(exercise_id):
    """``lambda/monthly_cost`` -> (address, title) or raise BankError."""
    if not (EXERCISES / str(exercise_id) / "exo.py").is_file():
        raise BankError(f"exercise {exercise_id!r}: no exercises/{exercise_id}/exo.py")
    where = practice_exercises().get(exercise_id)
    if where is None:
        raise BankError(f"exercise {exercise_id!r}: no page shows it with IDE(...)")
    url = page_url(where["page"]) + (f"#{where['anchor']}" if where["anchor"] else "")
    return url, where["title"] or exercise_id


# ---- Checking -------------------------------------------------------------------------------

def problems(questions):
    """Every way the questions break the format, as readable lines (empty: the bank holds)."""
    out = []
    seen = {}
    for q in questions:
        qid = q.get("id", "?")
        where = f"{q.get('file', '?')}: {qid}"
        keys = set(q) - {"topic", "file"}
        if REQUIRED - keys:
            out.append(f"{where}: missing {sorted(REQUIRED - keys)}")
            continue
        if keys - REQUIRED - OPTIONAL:
            out.append(f"{where}: unknown fields {sorted(keys - REQUIRED - OPTIONAL)}")
        if not isinstance(qid, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", qid):
            out.append(f"{where}: the id must be kebab-case")
        elif not qid.startswith(q["topic"] + "-"):
            out.append(f"{where}: the id must start with {q['topic']!r}-")
        if qid in seen:
            out.append(f"{where}: the id is also used in {seen[qid]}")
        seen[qid] = q.get("file")
        if q["domain"] not in DOMAINS:
            out.append(f"{where}: domain must be one of {sorted(DOMAINS)}")
        options = q["options"]
        if not isinstance(options, list) or not all(isinstance(o, dict) for o in options):
            out.append(f"{where}: options must be a list of mappings")
            continue
        for i, o in enumerate(options):
            if set(o) - OPTION_KEYS or not {"text", "why"} <= set(o):
                out.append(f"{where}: option {i + 1} needs `text` and `why` (and optional `correct`)")
            elif not str(o["text"]).strip() or not str(o["why"]).strip():
                out.append(f"{where}: option {i + 1} has an empty text or why")
            if "correct" in o and o["correct"] is not True:
                out.append(f"{where}: option {i + 1}: write `correct: true` on right options only")
            if re.search(r"\b(all|none) of the above\b", str(o.get("text", "")), re.I):
                out.append(f"{where}: option {i + 1}: no 'all/none of the above'")
        right = len(correct_indices(q))
        stem = str(q["stem"])
        if q["type"] == "single":
            if len(options) != 4 or right != 1:
                out.append(f"{where}: a single question has exactly 4 options, 1 right "
                           f"(has {len(options)}, {right} right)")
            if PICK_RE.search(stem):
                out.append(f"{where}: a single question must not say '(Select N.)'")
        elif q["type"] == "multiple":
            if len(options) < 5 or right < 2:
                out.append(f"{where}: a multiple question has 5+ options, 2+ right "
                           f"(has {len(options)}, {right} right)")
            m = PICK_RE.search(stem)
            if not m:
                out.append(f"{where}: a multiple question's stem ends '(Select TWO.)' or '(Select THREE.)'")
            elif m.group(1) != PICK_WORDS.get(right):
                out.append(f"{where}: the stem says Select {m.group(1)} but {right} options are right")
        else:
            out.append(f"{where}: type must be single or multiple")
        if not isinstance(q["facts"], list):
            out.append(f"{where}: facts must be a list")
        else:
            unknown = [k for k in q["facts"] if k not in facts_module.FACTS]
            if unknown:
                out.append(f"{where}: unknown fact keys {unknown}")
            used = facts_used(q)
            if used - set(q["facts"]):
                out.append(f"{where}: uses facts not listed in `facts`: {sorted(used - set(q['facts']))}")
            if set(q["facts"]) - used:
                out.append(f"{where}: lists facts it does not use: {sorted(set(q['facts']) - used)}")
        try:
            for s in strings(q):
                render(s)
        except Exception as exc:  # noqa: BLE001 - any template error is a bank problem
            out.append(f"{where}: a template does not render: {exc}")
        for link, resolve in (("section", section_link), ("exercise", exercise_link)):
            if q.get(link) is not None or link == "section":
                try:
                    resolve(q[link])
                except BankError as exc:
                    out.append(f"{where}: {exc}")
        for page in q.get("quizzes") or []:
            if page not in QUIZ_PAGES:
                out.append(f"{where}: unknown quiz page {page!r}; one of {sorted(QUIZ_PAGES)}")
    return out


def checked(folder=QUESTIONS):
    """The loaded questions, or raise BankError listing every problem."""
    questions = load(folder)
    found = problems(questions)
    if found:
        raise BankError("The question bank does not hold:\n" + "\n".join(found))
    return questions


# ---- What the site gets ---------------------------------------------------------------------

def page_name(page):
    """What a reader calls a page: its topic's name (``lambda/index.md`` -> "AWS Lambda"),
    else its title."""
    for name, reading, _ in TOPICS.values():
        if reading == page:
            return name
    for line in (DOCS / page).read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return re.sub(r"\s*\{.*\}\s*$", "", line[2:]).strip()
    return page


def site_question(q):
    """A question as the browser gets it: HTML strings, canonical option order, links."""
    section_url, section_title = section_link(q["section"])
    out = {
        "id": q["id"],
        "topic": q["topic"],
        "domain": q["domain"],
        "type": q["type"],
        "stem": inline_html(q["stem"]),
        "options": [{"html": inline_html(o["text"]), "correct": o.get("correct") is True,
                     "why": inline_html(o["why"])} for o in q["options"]],
        "section": {"url": section_url, "title": section_title,
                    "page": page_name(str(q["section"]).partition("#")[0])},
        "exercise": None,
    }
    if q.get("exercise"):
        url, title = exercise_link(q["exercise"])
        out["exercise"] = {"id": q["exercise"], "url": url, "title": title}
    return out


def _practise(exercise_id):
    path = EXERCISES / exercise_id / "meta.yml"
    meta = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return meta.get("practise") if isinstance(meta, dict) else None


def site_data(questions, editors=None):
    """The JSON the exam and progress pages read. ``editors`` maps an exercise id to the PMT
    editor id its IDE has on the built page (how PMT keys its saved code)."""
    editors = editors or {}
    exercises = []
    for ex_id, where in practice_exercises().items():  # in page order
        topic = ex_id.split("/")[0]
        exercises.append({
            "id": ex_id, "topic": topic if topic in TOPICS or topic in PRACTICE_ONLY else None,
            "title": where["title"] or ex_id,
            "url": page_url(where["page"]) + (f"#{where['anchor']}" if where["anchor"] else ""),
            "editor": editors.get(ex_id),
            # "You practise: ..." on the Review page, when the exercise comes back.
            "practise": _practise(ex_id),
        })
    return {
        "format": "aws-compute-by-doing-bank",
        "version": 1,
        "topics": {k: {"name": name, "url": page_url(page),
                       "practice": page_url(practice) if practice else None,
                       # The study plan links to the page's quiz (its `{ #quiz }` section).
                       "quiz": page_url(page) + "#quiz" if "{ #quiz }" in (DOCS / page).read_text(encoding="utf-8") else None}
                   for k, (name, page, practice) in TOPICS.items()},
        "practice_only": {k: {"name": name, "url": page_url(page), "practice": page_url(page)}
                          for k, (name, page) in PRACTICE_ONLY.items()},
        "domains": {str(k): v for k, v in DOMAINS.items()},
        "questions": [site_question(q) for q in questions],
        "exercises": exercises,
    }
