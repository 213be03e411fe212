"""A plain-words line before Python's own message when the learner's code cannot be read.

An ``IndentationError`` or a ``SyntaxError`` in the editor stops the code before any exercise
code runs: Pyodide's ``eval_code`` compiles the editor's text with ``compile`` and PMT prints
the error's traceback. No ``env`` or ``post`` section and no grader can reword that message.
What the grader can do is print one line, in the terminal, just before it: Pyodide's module
``_pyodide._base`` looks ``compile`` up in its own globals first, so a ``compile`` placed there
sees the error first, prints the explanation and re-raises the same error unchanged.

Only failing compilations of ``<exec>`` code (the editor, the tests) are touched; everything
else goes straight to the built-in ``compile``. ``install`` is called by ``start_watchdog``,
which every exercise's ``env`` section calls; outside Pyodide it does nothing.
"""

import builtins
import sys

_MARK = "_awsgrader_syntax_help"


def explain(error):
    """One line in plain words for a SyntaxError (or IndentationError, TabError)."""
    line = getattr(error, "lineno", None)
    where = f"line {line}" if line else "a line"
    msg = getattr(error, "msg", "") or str(error)
    if isinstance(error, TabError):
        return (f"Python could not read your code: {where} mixes tabs and spaces. Indent with "
                f"4 spaces only.")
    if isinstance(error, IndentationError):
        if msg.startswith("expected an indented block"):
            return (f"Python could not read your code: {where} should be indented. The lines "
                    f"under a line ending with `:` (def, if, for, else...) must start with "
                    f"4 more spaces.")
        if msg.startswith("unexpected indent"):
            return (f"Python could not read your code: {where} is indented more than the line "
                    f"above it. Line it up with the lines of the same block.")
        if msg.startswith("unindent does not match"):
            return (f"Python could not read your code: the indentation of {where} does not line "
                    f"up with any line above it. Use 4 spaces for each level.")
        return (f"Python could not read your code: the indentation of {where} is wrong. Each "
                f"block is indented by 4 spaces more than the line ending with `:` above it.")
    return (f"Python could not read your code at {where} ({msg}): look there, and at the end of "
            f"the line before, for a missing `:`, bracket or quote.")


def make_compile(original=builtins.compile):
    def compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
        try:
            return original(source, filename, mode, flags, dont_inherit, optimize, **kwargs)
        except SyntaxError as error:
            if filename == "<exec>":
                print(explain(error))
            raise

    setattr(compile, _MARK, True)
    return compile


def install(namespace=None):
    """Put the explaining ``compile`` in Pyodide's ``_pyodide._base`` (once)."""
    if namespace is None:
        if sys.platform != "emscripten":
            return False
        try:
            import _pyodide._base as base
        except ImportError:
            return False
        namespace = vars(base)
    if getattr(namespace.get("compile"), _MARK, False):
        return False
    namespace["compile"] = make_compile()
    return True
