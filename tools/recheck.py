"""Which facts to re-check against AWS, oldest first: ``make recheck``.

Reads the fact files (``exercises/awsgrader/facts/``), the question bank (``questions/``) and
the pages (``docs/``); it needs no network. It prints:

1. every fact with its checked date, status and source, the oldest check first, with a ``!``
   before each fact checked more than six months ago (``--months``) relative to today
   (``--today``, by default the machine's date);
2. for each fact, the bank questions and the pages that print it, and the exercises whose
   graders import it: what to re-read, and what a changed value changes, when it changes.

``--stale`` prints only the facts to re-check; ``--strict`` exits with status 1 when there
are any (for a CI job). How a maintainer re-checks a fact is in the README ("Keeping the
facts current").
"""

import argparse
import calendar
import datetime
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "exercises"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from awsgrader import facts as facts_module  # noqa: E402

DOCS = ROOT / "docs"
# A page names a fact in a macro call: fact("k"), fact_value('k'), source("k"), cite("a", "b").
_MACRO = re.compile(r"\b(?:fact|fact_value|fact_with_source|source|cite)\(([^)]*)\)")
_KEY = re.compile(r"""["']([a-z0-9_]+(?:\.[a-z0-9_]+)+)["']""")


def months_before(day, months):
    """``day`` minus ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last))


def checked_on(fact):
    return datetime.date.fromisoformat(fact.checked)


def oldest_first(facts):
    """The facts, the oldest check first, then by key."""
    return sorted(facts, key=lambda f: (checked_on(f), f.key))


def is_stale(fact, today, months=6):
    """True if the fact was checked more than ``months`` months before ``today``."""
    return checked_on(fact) < months_before(today, months)


def questions_by_fact():
    """Fact key -> the ids of the bank questions whose strings print it."""
    from questions import bank

    found = {}
    for q in bank.load():
        for key in bank.facts_used(q):
            found.setdefault(key, []).append(q["id"])
    return {key: sorted(ids) for key, ids in found.items()}


def pages_by_fact(docs=DOCS):
    """Fact key -> the pages (relative to docs/) whose macros print it or cite its source."""
    found = {}
    for md in sorted(Path(docs).rglob("*.md")):
        text = md.read_text(encoding="utf-8")
        keys = {key for call in _MACRO.findall(text) for key in _KEY.findall(call)}
        for key in keys:
            found.setdefault(key, []).append(md.relative_to(docs).as_posix())
    return found


def constants_by_module():
    """Facts module -> {name the module defines -> the fact keys behind it}.

    A constant bound to ``fact("key", ...)`` gives that key; a dict of facts, a constant built
    from other constants (``VCPU_HOUR_PRICE``) or a function reading them
    (``is_valid_task_size``) gives the keys of what it uses."""
    import ast

    out = {}
    for path in sorted((ROOT / "exercises" / "awsgrader" / "facts").glob("*.py")):
        if path.name.startswith("_"):
            continue
        names = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.FunctionDef):
                targets = [node.name]
            else:
                continue
            keys = set()
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name)
                        and sub.func.id == "fact" and sub.args
                        and isinstance(sub.args[0], ast.Constant)):
                    keys.add(sub.args[0].value)
                elif isinstance(sub, ast.Name) and sub.id in names:
                    keys |= names[sub.id]
            for target in targets:
                names[target] = keys
        out[path.stem] = {name: keys for name, keys in names.items() if keys}
    return out


_FROM_MODULE = re.compile(r"from awsgrader\.facts\.(\w+) import ([\w ,]+)")
_MODULE_AS = re.compile(r"from awsgrader\.facts import (\w+)(?: as (\w+))?")


def exercises_by_fact(exercises=ROOT / "exercises"):
    """Fact key -> the exercises whose grader imports it (a changed fact changes them)."""
    constants = constants_by_module()
    found = {}
    for exo in sorted(Path(exercises).glob("*/*/exo.py")):
        text = exo.read_text(encoding="utf-8")
        used = set()
        for module, names in _FROM_MODULE.findall(text):
            for item in names.split(","):
                name = item.split(" as ")[0].strip()
                used |= constants.get(module, {}).get(name, set())
        for module, alias in _MODULE_AS.findall(text):
            for name in re.findall(rf"\b{alias or module}\.(\w+)", text):
                used |= constants.get(module, {}).get(name, set())
        exercise = exo.parent.relative_to(exercises).as_posix()
        for key in used:
            found.setdefault(key, []).append(exercise)
    return found


def report(today, months=6, stale_only=False):
    """The whole report as text."""
    facts = oldest_first(facts_module.FACTS.values())
    limit = months_before(today, months)
    stale = [f for f in facts if is_stale(f, today, months)]
    shown = stale if stale_only else facts
    questions, pages, exercises = questions_by_fact(), pages_by_fact(), exercises_by_fact()

    out = [f"Facts, oldest check first (today {today}; ! = checked before {limit}, more than "
           f"{months} months ago: re-check it)", ""]
    width = max((len(f.key) for f in shown), default=0)
    for f in shown:
        mark = "!" if f in stale else " "
        out.append(f"{mark} {f.checked}  {f.status:<11}  {f.key:<{width}}  {f.source}")
    out += ["", f"{len(facts)} facts; {len(stale)} to re-check."]
    if not shown:
        return "\n".join(out) + "\n"
    out += ["", "Where each fact is used (re-read these when it changes; a changed value changes "
            "the exercises' graders too):", ""]
    for f in shown:
        out.append(f"{f.key}")
        for label, places in (("questions", questions), ("pages", pages),
                              ("exercises", exercises)):
            listed = places.get(f.key, [])
            out.append(f"    {label + ':':<11}{', '.join(listed) if listed else '-'}")
    return "\n".join(out) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--today", type=datetime.date.fromisoformat,
                        default=datetime.date.today(), help="YYYY-MM-DD (default: today)")
    parser.add_argument("--months", type=int, default=6,
                        help="flag facts checked more than this many months ago (default 6)")
    parser.add_argument("--stale", action="store_true", help="list only the facts to re-check")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 if a fact needs re-checking")
    args = parser.parse_args(argv)
    sys.stdout.write(report(args.today, args.months, args.stale))
    stale = [f for f in facts_module.FACTS.values() if is_stale(f, args.today, args.months)]
    return 1 if args.strict and stale else 0


if __name__ == "__main__":
    sys.exit(main())
