"""Run the sections of an exercise so that the learner's names and the grader's never mix.

PMT runs every section of an IDE (``env``, the editor's text, the public ``tests``, the
hidden ``secrets``, ``post``) in one global namespace, Python's ``__main__``, and keeps it
between runs. Two things went wrong with that (issue 18):

* **Names leaked from the learner to the grader.** A learner's helper named ``check``,
  ``_reply`` or ``datetime`` (``import datetime``) replaced the grader's, so a correct answer
  failed on a test line, and ``def check(*a, **k): return True`` made the public tests pass.
* **Names leaked from one run to the next.** A function that had passed once was still
  defined after the learner deleted it, so Validate passed on an editor holding only tests.

So ``docs/assets/speed.js`` hands these sections to this module, and so does pytest
(``tests/exercise_runner.py``), in the same way:

* :func:`run_env` first removes every name that earlier runs left in the namespace (only
  the names that were there before the first run stay: the platform's own), then runs
  ``env`` in a namespace of its own, so that the functions it defines never look a name up
  where learner code runs, and copies what it bound, the **grader's names**, into the
  learner's namespace.
* :func:`run_editor` runs the learner's code, the editor's text down to PMT's ``# Tests``
  line, in the namespace as ever: the learner's functions see the learner's own helpers, and
  the terminal sees them after the run.
* The tests (the rest of the editor's text, the ``tests`` and ``secrets`` sections) run in a
  **tests namespace** (:func:`tests_namespace`): the learner's names, less any that shadow a
  built-in, with the grader's names put back on top. A test line's ``check`` is then always
  the grader's, whatever the learner bound, and the learner's function is found by its name.

A traceback is cut down to the lines of code from the editor and the sections: the
grader's own files (``checks.py``, ``diagnose.py``...) say nothing a learner can act on.
"""

import builtins

from . import syntax_help

# PMT's separator between the learner's code and the public tests in the editor
# (pyodide_macros/messages/en_lang.py: TestsToken("\n# Tests\n")).
TESTS_MARK = "\n# Tests\n"

_state = {
    "baseline": None,   # the names of the namespace before the first env: the platform's
    "grader": {},       # name -> value: what the last env bound
    "code": "",         # the learner's code of the last run (the editor down to # Tests)
    "tree": None,       # its syntax tree, parsed when first asked for
}

_compile = syntax_help.make_compile()


def _is_dunder(name):
    return name.startswith("__") and name.endswith("__")


def _code_file(tb):
    # The editor's code and the tests: not the grader's files, nor the env section's
    # functions (a wrapper around check, say), which are the grader's too.
    return tb.tb_frame.f_code.co_filename == "<exec>"


def _learner_traceback(exc):
    """``exc`` with a traceback that keeps only frames of code from the editor and the tests
    (file name ``<exec>``), when it has any."""
    kept = []
    tb = exc.__traceback__
    while tb is not None:
        if _code_file(tb):
            kept.append(tb)
        tb = tb.tb_next
    if kept:
        for before, after in zip(kept, kept[1:]):
            before.tb_next = after
        kept[-1].tb_next = None
        return exc.with_traceback(kept[0])
    return exc


def _run(source, namespace, filename="<exec>", first_line=1):
    code = _compile("\n" * (first_line - 1) + source, filename, "exec")
    try:
        exec(code, namespace)
    except BaseException as exc:   # noqa: BLE001 - re-raised, with a shorter traceback
        raise _learner_traceback(exc)


def reset(namespace):
    """Forget the names of earlier runs: everything but the platform's own names."""
    baseline = _state["baseline"]
    if baseline is None:
        _state["baseline"] = set(namespace)
        return
    for name in [n for n in namespace if n not in baseline and not _is_dunder(n)]:
        del namespace[name]


def run_env(source, namespace, filename="<env>"):
    """Start a run: forget earlier runs' names, run ``env`` in a namespace of its own, then
    give its names to the learner's namespace too (the editor's names, the terminal).

    The functions ``env`` defines look their names up in that namespace of their own, which
    no learner code runs in: a learner's ``_check`` cannot replace what an exercise's
    ``check`` calls."""
    reset(namespace)
    grader = {"__name__": namespace.get("__name__", "__main__")}
    try:
        _run(source, grader, filename)
    finally:
        _state["grader"] = {name: value for name, value in grader.items()
                            if not _is_dunder(name)}
        namespace.update(_state["grader"])


def tests_namespace(namespace):
    """Where the tests run: the learner's names (not those that shadow a built-in), then the
    grader's names on top, so that nothing the learner binds replaces the grader's."""
    grader = _state["grader"]
    space = {name: value for name, value in namespace.items()
             if name in grader or _is_dunder(name) or not hasattr(builtins, name)}
    space.update(grader)
    return space


def split_editor(text):
    """(the learner's code, the editor's tests, the line where the tests start)."""
    at = text.rfind(TESTS_MARK)
    if at < 0:
        return text, "", 0
    code, tests = text[:at], text[at + len(TESTS_MARK):]
    return code, tests, code.count("\n") + TESTS_MARK.count("\n") + 1


def learner_functions(namespace):
    """The names of the functions the learner's code defines, in the order it defines them."""
    grader = _state["grader"]
    return [name for name, value in namespace.items()
            if name not in grader and callable(value)
            and getattr(getattr(value, "__code__", None), "co_filename", "") == "<exec>"]


def missing_function_message(name, namespace):
    """Plain words for a test line that calls ``name`` when the learner's code has none."""
    import difflib

    line = (f"The tests call {name}(...), the function the statement asks for, but your code "
            f"defines no function named {name}.")
    mine = learner_functions(namespace)
    close = difflib.get_close_matches(name, mine, n=1, cutoff=0.5)
    if close:
        return (f"{line} It defines {close[0]}(...): if that is the one, rename it "
                f"{name} (Python tells capitals and spellings apart).")
    if len(mine) == 1:
        return f"{line} It defines {mine[0]}(...): if that is the one, rename it {name}."
    if mine:
        listed = ", ".join(f"{m}(...)" for m in mine[:4])
        return f"{line} It defines {listed}: name the one the statement asks for {name}."
    return (f"{line} Write `def {name}(...):` at the start of a line (not indented inside "
            f"something else).")


def _run_tests(source, namespace, first_line=1):
    space = tests_namespace(namespace)
    try:
        _run(source, space, first_line=first_line)
    except NameError as exc:
        # A test line that names a function the learner's code does not define: the tests
        # themselves use only the grader's names, their own and the learner's functions.
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        name = getattr(exc, "name", None)
        if (tb is None or tb.tb_frame.f_globals is not space or name is None
                or isinstance(exc, UnboundLocalError)):
            raise
        # An AssertionError: PMT shows only the name of any other exception raised in the
        # public and hidden tests (show_only_assertion_errors_for_secrets).
        raise AssertionError(missing_function_message(name, namespace)).with_traceback(
            tb) from None


def run_editor(source, namespace):
    """The editor's text: the learner's code in ``namespace``, its tests apart."""
    code, tests, tests_line = split_editor(source)
    _state["code"], _state["tree"] = code, None
    _run(code, namespace)
    if tests.strip():
        _run_tests(tests, namespace, first_line=tests_line)


def run_tests(source, namespace):
    """The ``tests`` or ``secrets`` section: in a tests namespace."""
    _run_tests(source, namespace)


def run_section(step, source, namespace):
    """What speed.js calls for a section PMT runs with ``pyodide.runPython``: ``step`` is
    PMT's name of the step (``editor``, ``public``, ``secrets``)."""
    if step == "editor":
        run_editor(source, namespace)
    else:
        run_tests(source, namespace)


def function_tree(fn):
    """The syntax tree (``ast.FunctionDef``) of the learner's function ``fn``, read from the
    code of the last run, or None (not the learner's, or a lambda, or the code is gone)."""
    import ast

    code = getattr(fn, "__code__", None)
    if code is None:
        return None
    if not code.co_filename.startswith("<"):
        return _tree_from_file(fn)
    if code.co_filename != "<exec>" or not _state["code"]:
        return None
    if _state["tree"] is None:
        try:
            _state["tree"] = ast.parse(_state["code"])
        except SyntaxError:
            return None
    found = [node for node in ast.walk(_state["tree"])
             if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
             and node.name == code.co_name]
    for node in found:
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        if first == code.co_firstlineno:
            return node
    return found[0] if len(found) == 1 else None


def _tree_from_file(fn):
    """A function written in a file (the grader's own unit tests), read with ``inspect``."""
    import ast
    import inspect
    import textwrap

    try:
        node = ast.parse(textwrap.dedent(inspect.getsource(fn))).body[0]
    except (OSError, TypeError, SyntaxError, IndexError):
        return None
    return node if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else None


def learner_tree():
    """The syntax tree of the learner's code of the last run, or None."""
    import ast

    if _state["tree"] is None and _state["code"]:
        try:
            _state["tree"] = ast.parse(_state["code"])
        except SyntaxError:
            return None
    return _state["tree"]


def rerun_learner_code(**values):
    """The learner's code of the last run, run again in a namespace of its own where the
    editor's names given in ``values`` have other values (a price, a granularity): the
    namespace it leaves. A hidden test uses it to check that the code uses a name the
    statement hands to the learner, not the number it holds today. The run is learner
    code: the watchdog is on, and what it prints is dropped."""
    import io

    from .checks import quiet_print
    from .watchdog import learner_call

    space = {"__name__": "__main__"}
    space.update(_state["grader"])
    space.update(values)
    code = _compile(_state["code"], "<exec>", "exec")
    with quiet_print(io.StringIO()):
        learner_call(exec, code, space)
    return space


def reset_state():
    """Forget the platform's names and the grader's (a new page, for tests)."""
    _state.update(baseline=None, grader={}, code="", tree=None)
