"""``{{ editor_names("lambda/monthly_cost") }}``: what the editor defines before the learner's
code runs, shown in the statement.

An exercise's hidden ``env`` section defines constants (prices, limits) and helpers the
learner may use, but the editor does not show them. This macro runs that section at build
time (with the watchdog switched off) and lists every public name it defines, with its value
as Python prints it, so the statement never types a number the fact sheet already holds.
"""

import inspect
import re
from pathlib import Path
from unittest import mock

from site_macros.exercise_files import split_sections

EXERCISES = Path(__file__).resolve().parents[1] / "exercises"
LONG = 70  # a value longer than this is summarised, not printed


def env_section(exercise_id):
    text = (EXERCISES / exercise_id / "exo.py").read_text(encoding="utf-8")
    return split_sections(text).get("env", "")


def defined_names(exercise_id):
    """``[(name, value)]`` for each public name the env section defines, in source order."""
    import awsgrader

    namespace = {"__name__": "__main__"}
    with mock.patch.object(awsgrader, "start_watchdog", lambda *a, **k: None):
        exec(compile(env_section(exercise_id), f"<{exercise_id} env>", "exec"), namespace)
    names = [n for n in namespace if not n.startswith("_") and n != "start_watchdog"]
    return [(n, namespace[n]) for n in names
            if not inspect.ismodule(namespace[n]) and not _grading_machinery(namespace[n])]


# The grader's own tools (the watchdog, the check helpers the public tests call, an
# exercise's Diagnosis, what an exercise marks with awsgrader's grading_code) are not names
# the learner's solution uses.
_MACHINERY = ("awsgrader.checks", "awsgrader.diagnose", "awsgrader.watchdog",
              "awsgrader.syntax_help", "awsgrader.codefacts", "awsgrader.sandbox")


def _grading_machinery(value):
    if getattr(value, "__grading_code__", False):
        return True
    module = getattr(value, "__module__", None) or type(value).__module__
    return module in _MACHINERY or type(value).__module__ in _MACHINERY


def _first_line(obj):
    return (inspect.getdoc(obj) or "").split("\n")[0].replace("``", "`")


def describe(name, value):
    if inspect.isclass(value):
        doc = _first_line(value)
        return f"class {name}: ...    # {doc}" if doc else f"class {name}: ..."
    if callable(value):
        doc = _first_line(value)
        signature = re.sub(r"<object object at 0x[0-9a-f]+>", "...", str(inspect.signature(value)))
        line = f"def {name}{signature}: ..."
        return f"{line}    # {doc}" if doc else line
    text = repr(value)
    if len(text) > LONG and hasattr(value, "__len__"):
        return f"{name} = ...    # a {type(value).__name__} of {len(value)} items: print({name}) to see it"
    return f"{name} = {text}"


def render(exercise_id):
    names = defined_names(exercise_id)
    if not names:
        return ""
    lines = "\n".join("    " + describe(n, v) for n, v in names)
    return (
        '!!! note "Already defined in the editor"\n'
        "    Your code can use these names: the editor defines them before it runs your code.\n"
        "    The numbers come from the site's [fact sheet](../sources.md).\n\n"
        "    ```python\n"
        f"{lines}\n"
        "    ```\n"
    )


def register(env):
    env.macro(render, "editor_names")
