"""Macros for the pages (mkdocs-macros, loaded by pyodide-mkdocs-theme).

Pages print facts from ``exercises/awsgrader/facts``, the one place where each number has its
source and checked-on date, so a page and a grader can never disagree:

    {{ fact("lambda.request_price_per_million") }}      -> $0.20 per 1 million requests
    {{ source("lambda.request_price_per_million") }}    -> (source, checked 2026-11-26)
    {{ facts_table("lambda.") }}                        -> a table of every lambda.* fact
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "exercises"))

from awsgrader import facts as facts_module  # noqa: E402


def _source_text(f):
    status = "" if f.status == "confirmed" else f", {f.status}"
    return f'<a href="{f.source}">source</a>, checked {f.checked}{status}'


def define_env(env):
    @env.macro
    def fact(key):
        """The fact's text as a page prints it."""
        return facts_module.get(key).text

    @env.macro
    def fact_value(key):
        """The fact's raw value (for arithmetic in a page)."""
        return facts_module.get(key).value

    @env.macro
    def source(key):
        """A small '(source, checked DATE)' note for the fact."""
        return f'<small class="fact-source">({_source_text(facts_module.get(key))})</small>'

    @env.macro
    def fact_with_source(key):
        return f"{fact(key)} {source(key)}"

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
            f = facts_module.FACTS[key]
            note = f"<br><small>{f.note}</small>" if f.note else ""
            status = facts_module.STATUSES[f.status]
            rows.append(
                f"| `{key}` | {f.text}{note} | [link]({f.source}) | {f.checked} | "
                f"{f.status}: {status} |"
            )
        return "\n".join(rows)

    # Exercise difficulty, "You practise", hints and next_steps (site_macros/exercise_meta.py).
    sys.path.insert(0, str(Path(__file__).parent))
    from site_macros import exercise_meta
    exercise_meta.define(env)
