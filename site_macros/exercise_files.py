"""How an exercise is laid out, in one place for the site's macros and hooks and for the tests:
the PMT sections of an ``exo.py`` and the ``{{ IDE(...) }}`` call that shows it on a page."""

import re

SECTION = re.compile(r"^# --- PYODIDE:(\w+) --- #[ \t]*$", re.M)
IDE_CALL = re.compile(
    r"""\{\{\s*IDE\(\s*['"](?P<path>(?:\.\./)*exercises/(?P<id>[\w/-]+?)/exo)['"]""")


def split_sections(text):
    """``{section name: code}`` of an exo.py (PMT's ``ignore`` section left out)."""
    parts = SECTION.split(text)
    sections = {}
    for name, body in zip(parts[1::2], parts[2::2]):
        if name != "ignore":
            sections[name] = body.strip("\n") + "\n"
    return sections
