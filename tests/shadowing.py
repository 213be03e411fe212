"""The names a learner's code could bind that the grader also uses (issue 18, item 1).

Every name that an exercise's ``env``, ``tests`` or ``secrets`` section binds at module level
or looks up as a global, read from the sections with :mod:`symtable`, less the names the
statement hands to the learner (``editor_names``), the names the reference solution binds or
reads itself (its own business: a learner who rebinds ``json`` after importing it breaks their
own code), and dunder names.
"""

import builtins
import symtable

from site_macros import editor_names


def _global_names(source):
    names = set()
    stack = [symtable.symtable(source, "<section>", "exec")]
    while stack:
        table = stack.pop()
        for symbol in table.get_symbols():
            if table.get_type() == "module" or symbol.is_global():
                names.add(symbol.get_name())
        stack.extend(table.get_children())
    return names


def shadowable_names(exercise):
    s = exercise.sections
    used = set()
    for section in ("env", "tests", "secrets"):
        used |= _global_names(s[section])
    handed = {name for name, _ in editor_names.defined_names(exercise.id)}
    own = _global_names(s["corr"])
    return sorted(n for n in used - handed - own
                  if not (n.startswith("__") and n.endswith("__")))


def raising_definition(name):
    return (f"\n\ndef {name}(*args, **kwargs):\n"
            f"    raise RuntimeError('the learner\\'s own {name} was called')\n")
