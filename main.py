"""Macros for the pages (mkdocs-macros, loaded by pyodide-mkdocs-theme).

Pages print facts from ``exercises/awsgrader/facts``, the one place where each number has its
source and checked-on date, so a page and a grader can never disagree:

    {{ fact("lambda.request_price_per_million") }}      -> $0.20 per 1 million requests
    {{ source("lambda.request_price_per_million") }}    -> a small superscript link "AWS pricing"
    {{ cite("lambda.max_timeout_s") }}                  -> the same: the name reads as a citation
    {{ facts_table("lambda.") }}                        -> a table of every lambda.* fact

How a page shows its sources (what a learner sees):

- a source is a small superscript link after the sentence, never a "(source, checked ...)"
  tag after every number; when the same source is cited twice in one section, only the first
  link is kept (``on_post_page_macros``);
- the page carries one "checked" line under its title, with the date the page's facts were
  checked, linking to the Sources page;
- no status word ("unconfirmed") on a learner page: the status is explained on the Sources page.
"""

import re
import sys
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "exercises"))

from awsgrader import facts as facts_module  # noqa: E402
from site_macros import editor_names, exercise_meta  # noqa: E402

SOURCE_MARK = "fact-source"
_SOURCE_RE = re.compile(
    r'[ \t]?<sup class="' + SOURCE_MARK + r'" data-src="(?P<url>[^"]+)">.*?</sup>')
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_HEADING_RE = re.compile(r"^#{1,6} ")


def source_label(url):
    """A short name for a source link: who published it, in two or three words."""
    parts = urlparse(url)
    host, path = parts.netloc, parts.path
    if host == "docs.aws.amazon.com":
        if "/APIReference/" in path or "/api/" in path:
            return "AWS API reference"
        return "AWS docs"
    if host == "aws.amazon.com":
        if path.startswith("/blogs/"):
            return "AWS blog"
        if "whats-new" in path:
            return "AWS news"
        if "pricing" in path:
            return "AWS pricing"
        if "premiumsupport" in path:
            return "AWS re:Post"
        return "AWS"
    if host == "repost.aws":
        return "AWS re:Post"
    if host == "d1.awsstatic.com":
        return "AWS exam guide"
    if host == "docs.docker.com":
        return "Docker docs"
    return host


def _source_html(f):
    label = source_label(f.source)
    return (f'<sup class="{SOURCE_MARK}" data-src="{f.source}">'
            f'<a href="{f.source}" title="Source: {label}">{label}</a></sup>')


def dedupe_sources(markdown):
    """Keep the first link to each source in a section (a part under one heading).

    Lines inside fenced code blocks are left alone; a heading starts a new section.
    """
    out, seen, in_fence = [], set(), False
    for line in markdown.split("\n"):
        if _FENCE_RE.match(line):
            in_fence = not in_fence
        elif not in_fence and _HEADING_RE.match(line):
            seen = set()
        elif not in_fence and SOURCE_MARK in line:
            def keep_first(match):
                url = match.group("url")
                if url in seen:
                    return ""
                seen.add(url)
                return match.group(0)
            line = _SOURCE_RE.sub(keep_first, line)
        out.append(line)
    return "\n".join(out)


def checked_line(dates, page_src_path):
    """The one "checked" line a page shows under its title."""
    depth = len(PurePosixPath(page_src_path).parent.parts)
    link = "../" * depth + "sources.md"
    first, last = min(dates), max(dates)
    when = f"on {first}" if first == last else f"between {first} and {last}"
    return (f"Figures on this page checked against AWS {when}. "
            f"[Where each one comes from]({link})\n{{: .page-checked }}")


def insert_after_title(markdown, line):
    """Insert ``line`` after the page's first level-1 heading (or at the top if none)."""
    lines = markdown.split("\n")
    in_fence = False
    for i, text in enumerate(lines):
        if _FENCE_RE.match(text):
            in_fence = not in_fence
        elif not in_fence and text.startswith("# "):
            return "\n".join(lines[:i + 1] + ["", line, ""] + lines[i + 1:])
    return line + "\n\n" + markdown


# PMT writes French typography into two English labels, in code rather than in its
# configurable messages: "Attempts left : 10/10" under each editor and "Comments :" above the
# solution notes. English has no space before the colon.
_FRENCH_COLON = re.compile(r'(<span class="(?:compteur_txt|rem_fake_h3)">[^<]*?) :')


def english_typography(markdown):
    """PMT's two hard-coded " :" labels, with an English colon."""
    return _FRENCH_COLON.sub(r"\1:", markdown)


def define_env(env):
    env.variables["_facts_used"] = set()

    def _get(key):
        f = facts_module.get(key)
        env.variables["_facts_used"].add(key)
        return f

    @env.macro
    def fact(key):
        """The fact's text as a page prints it."""
        return _get(key).text

    @env.macro
    def fact_value(key):
        """The fact's raw value (for arithmetic in a page)."""
        return _get(key).value

    @env.macro
    def source(key):
        """A small superscript link to the fact's source (once per section on the page)."""
        return _source_html(_get(key))

    @env.macro
    def cite(*keys):
        """Superscript links to the sources of one or more facts, each source once."""
        seen, parts = set(), []
        for key in keys:
            f = _get(key)
            if f.source not in seen:
                seen.add(f.source)
                parts.append(_source_html(f))
        return "".join(parts)

    @env.macro
    def fact_with_source(key):
        return f"{fact(key)} {source(key)}"

    @env.macro
    def statuses():
        """The list of statuses, explained for a reader (the Sources page)."""
        return "\n".join(f"- **{name}**: {meaning};"
                          for name, meaning in facts_module.STATUSES.items())[:-1] + "."

    @env.macro
    def facts_table(prefix=""):
        """A Markdown table of the facts whose key starts with ``prefix``."""
        rows = [
            "| Fact | Value | Source | Checked | Status |",
            "|---|---|---|---|---|",
        ]
        for key in sorted(facts_module.FACTS):
            if not key.startswith(prefix):
                continue
            f = _get(key)
            note = f"<br><small>{f.note}</small>" if f.note else ""
            rows.append(
                f"| `{key}` | {f.text}{note} | [{source_label(f.source)}]({f.source}) | "
                f"{f.checked} | {f.status} |"
            )
        return "\n".join(rows)

    editor_names.register(env)
    # Exercise difficulty, "You practise", hints and next_steps (site_macros/exercise_meta.py).
    exercise_meta.define(env)


def on_pre_page_macros(env):
    env.variables["_facts_used"] = set()


def on_post_page_macros(env):
    used = env.variables.get("_facts_used") or set()
    markdown = english_typography(dedupe_sources(env.markdown))
    src_path = env.page.file.src_path.replace("\\", "/")
    if used and src_path != "sources.md":
        dates = {facts_module.get(key).checked for key in used}
        markdown = insert_after_title(markdown, checked_line(dates, src_path))
    env.markdown = markdown
