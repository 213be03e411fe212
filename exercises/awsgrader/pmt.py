"""PMT's own Python helpers, run faster: ``docs/assets/speed.js`` calls :func:`run_helper`.

Between the sections of a run (the exercise's set-up, the learner's code, the tests), PMT
runs dozens of small Python snippets of its own through ``pyodide.runPython``: redirecting
``print``, listing the imports, storing the editor's text. A profile of a Validate showed two
costs in them that a learner waits for on every click:

* **compiling them again on every run**: the same few texts, about 60 ms a verdict (Pyodide
  parses and compiles in Python);
* **running them under the exercise's watchdog**, armed by then: Python runs every line
  slower while a trace function is set, 30 to 50 ms a verdict.

:func:`run_helper` does what ``pyodide.runPython(source)`` does (``eval_code``: a
``CodeRunner`` compiled, then run in the given globals; the same result and errors), keeps the
compiled runner for the next run of the same text, and pauses the watchdog meanwhile. No
learner code runs in these helpers; speed.js sends nothing else here (see its notes).
"""

import functools

from .watchdog import pause, resume

_runners = {}       # source text -> compiled pyodide.code.CodeRunner
_MAX_RUNNERS = 64   # some texts hold the learner's code and change on every run


def _compiled(source):
    runner = _runners.get(source)
    if runner is None:
        from pyodide.code import CodeRunner   # Pyodide only

        if len(_runners) >= _MAX_RUNNERS:
            _runners.clear()
        # The defaults of CodeRunner are eval_code's (Pyodide 0.25), so the result is the
        # same: the value of a last expression, None after a trailing semicolon.
        runner = CodeRunner(source).compile()
        _runners[source] = runner
    return runner


_imports_found = {}   # source text -> the module names pyodide.code.find_imports found


def cache_find_imports():
    """Before each section, PMT lists the modules the section's text imports with
    ``pyodide.code.find_imports(text)`` (a parse of the whole text with ``ast``: 5 to 15 ms
    for a hidden-tests section, three or four times a verdict), to install what is missing.
    The same text gives the same list: this keeps each answer for the next run. Only the
    editor's text changes from one run to the next."""
    import pyodide.code   # Pyodide only

    original = pyodide.code.find_imports
    if getattr(original, "__awsgrader_cached__", False):
        return

    @functools.wraps(original)
    def find_imports(code):
        found = _imports_found.get(code) if isinstance(code, str) else None
        if found is None:
            found = list(original(code))
            if isinstance(code, str):
                if len(_imports_found) >= _MAX_RUNNERS:
                    _imports_found.clear()
                _imports_found[code] = found
        return list(found)

    find_imports.__awsgrader_cached__ = True
    pyodide.code.find_imports = find_imports


def precompile(sources):
    """Compile PMT's fixed helper texts ahead, while the learner reads (speed.js takes them
    from PMT's own snippet module): a page's first run then only runs them. Compiling is all
    it does; a text PMT never sends only takes a place in the cache."""
    for source in sources:
        _compiled(str(source))


def run_helper(source, globals):
    """``pyodide.runPython(source)`` with ``globals``, compiled once, the watchdog paused."""
    pause()
    try:
        return _compiled(source).run(globals)
    finally:
        resume()

