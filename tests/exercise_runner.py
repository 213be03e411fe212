"""Run a PMT exercise file the way the IDE's Validate button does, in CPython.

PMT runs: ``env``; the editor's content (the learner's code followed by the public
``tests``); the ``tests`` section again; the hidden ``secrets``; and ``post`` in every case
unless ``env`` failed. In the browser, ``docs/assets/speed.js`` hands the first four to
``awsgrader.sandbox``, which keeps the learner's names and the grader's apart; this runner
calls the same functions. Code is compiled with the file name ``<exec>``, as Pyodide does,
so the watchdog traces it exactly as in the browser.
"""

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from site_macros.exercise_files import split_sections  # noqa: E402

EXERCISES_LIB = str(EXERCISES)
if EXERCISES_LIB not in sys.path:
    sys.path.insert(0, EXERCISES_LIB)
from awsgrader import sandbox  # noqa: E402

# PMT's separator between the learner's code and the public tests in the editor.
TESTS_MARK = sandbox.TESTS_MARK

REQUIRED_SECTIONS = ("env", "code", "corr", "tests", "secrets", "post")


@dataclass
class Exercise:
    folder: Path
    sections: dict = field(repr=False)

    @property
    def id(self):
        return self.folder.relative_to(EXERCISES).as_posix()

    @property
    def wrong_answers(self):
        return sorted((self.folder / "wrong").glob("*.py"))

    def function_names(self):
        tree = ast.parse(self.sections["corr"])
        return [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]

    def corr_with_bodies(self, body):
        """The reference solution with every top-level function's body replaced by ``body``."""
        tree = ast.parse(self.sections["corr"])
        new_body = ast.parse(body).body
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                node.body = new_body
        return ast.unparse(tree)


    def corr_looping_in_hidden_tests(self):
        """The reference solution, except that each of its functions loops forever when the
        hidden tests call it (directly or not): the public tests pass, so the loop runs in
        the hidden tests, where the grader's own work runs with the watchdog off and only its
        calls into the learner's code switch it on."""
        tree = ast.parse(self.sections["corr"])
        guard = ast.parse("if _called_by_hidden_tests():\n    while True:\n        pass").body
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                node.body[:0] = guard
        helper = ("def _called_by_hidden_tests():\n"
                  "    import sys\n"
                  "    frame = sys._getframe(1)\n"
                  "    while frame is not None:\n"
                  "        if frame.f_code.co_name == '_hidden_tests':\n"
                  "            return True\n"
                  "        frame = frame.f_back\n"
                  "    return False\n\n\n")
        return helper + ast.unparse(tree)


def load_exercise(folder):
    return Exercise(folder, split_sections((folder / "exo.py").read_text(encoding="utf-8")))


def discover():
    return [load_exercise(p.parent) for p in sorted(EXERCISES.glob("*/*/exo.py"))]


@dataclass
class Outcome:
    passed: bool
    error: BaseException = None
    step: str = ""
    namespace: dict = field(default=None, repr=False)

    @property
    def message(self):
        return str(self.error) if self.error is not None else ""


def _exec(code, namespace):
    exec(compile(code, "<exec>", "exec"), namespace)


def editor_text(exercise, learner_code):
    """What the editor holds: the learner's code, PMT's ``# Tests`` line, the public tests."""
    return learner_code.rstrip() + "\n" + TESTS_MARK + exercise.sections["tests"]


def new_namespace():
    """A fresh ``__main__`` namespace, as on a page that has not run anything yet."""
    sandbox.reset_state()
    return {"__name__": "__main__"}


def validate(exercise, learner_code, *, public_tests=True, namespace=None):
    """Run a Validate click on ``learner_code``; return what happened.

    ``namespace``: the one an earlier run left (a second click on the same page)."""
    s = exercise.sections
    if namespace is None:
        namespace = new_namespace()
    sandbox.run_env(s["env"], namespace)
    if public_tests:
        steps = [("editor", editor_text(exercise, learner_code)), ("tests", s["tests"])]
    else:
        steps = [("editor", learner_code)]
    steps.append(("secrets", s["secrets"]))
    step = ""
    try:
        for step, code in steps:
            sandbox.run_section("editor" if step == "editor" else step, code, namespace)
    except BaseException as exc:  # noqa: BLE001 - reported to the test, like PMT's terminal
        return Outcome(False, exc, step, namespace)
    finally:
        _exec(s["post"], namespace)
    return Outcome(True, None, "", namespace)


def load_solution(exercise, code):
    """The namespace of ``code`` run after the exercise's ``env``, without the watchdog.

    For tests that call several solutions side by side on many generated inputs.
    """
    import sys

    namespace = {"__name__": "__main__"}
    _exec(exercise.sections["env"], namespace)
    sys.settrace(None)  # the env arms the watchdog: not wanted outside a validation
    exec(compile(code, "<solution>", "exec"), namespace)
    return namespace


def outcome_of(fn, *args, **kwargs):
    """``("ok", result)`` or ``("ValueError", None)``: what a solution did with an input."""
    try:
        return ("ok", fn(*args, **kwargs))
    except ValueError:
        return ("ValueError", None)
