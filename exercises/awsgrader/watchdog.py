"""Stop learner code that runs too long.

Pyodide runs on the page's main thread, so a learner's ``while True: pass`` would freeze the
whole tab. A ``sys.settrace`` hook checks a deadline while learner code runs and raises
:class:`TimeLimitExceeded` once it has passed.

Design notes (why, not what):

* Only code compiled from a string is traced, opcode by opcode (file names such as ``<exec>``:
  the editor, the tests, the sections of an exercise). The grader's own modules and the
  standard library are not, which keeps the overhead small.
* :class:`TimeLimitExceeded` derives from ``BaseException`` so that a learner's
  ``except Exception:`` (which the API handler exercise asks for) does not swallow it.
* The time limit applies to each section PMT runs (the editor's code, the public tests, the
  hidden tests) separately: the deadline restarts when a new top-level ``<exec>`` module
  starts, but not when learner code calls ``exec`` itself.
* CPython unsets a trace function that raises, so the watchdog fires once: nothing that runs
  after (PMT's own helpers, the ``post`` section) can be hit by it. The price: a loop whose
  body catches everything with a bare ``except:`` (or ``except BaseException``) swallows that
  one exception and runs on. No exercise needs such a handler; ``except Exception`` is fine.
* It cannot interrupt one long C call such as ``sum(range(10**12))``: exercises bound their
  inputs so that none is needed.
"""

import sys
import time

DEFAULT_SECONDS = 5.0

# Checking the clock on every line event would double the cost of tracing.
_CHECK_EVERY = 256


class TimeLimitExceeded(BaseException):
    """Learner code ran past the watchdog's deadline."""


def _message(seconds):
    return f"your code ran for more than {seconds:g} s — is there an infinite loop?"


def _is_learner_code(code):
    name = code.co_filename
    return name.startswith("<") and not name.startswith("<frozen")


def start_watchdog(seconds=None):
    """Arm the watchdog: code compiled from strings may run ``seconds`` from now.

    ``seconds`` defaults to ``DEFAULT_SECONDS``, read at call time so that a test can shorten it.
    """
    if seconds is None:
        seconds = DEFAULT_SECONDS
    # Every exercise's env calls this first: also explain unreadable code (Pyodide only).
    from .syntax_help import install
    install()
    deadline = time.monotonic() + seconds
    message = _message(seconds)
    events = 0

    def local_trace(frame, event, arg):
        nonlocal events
        events += 1
        if events % _CHECK_EVERY == 0 and time.monotonic() > deadline:
            raise TimeLimitExceeded(message)
        return local_trace

    def global_trace(frame, event, arg):
        nonlocal deadline
        if not _is_learner_code(frame.f_code):
            return None
        if frame.f_code.co_name == "<module>" and (
                frame.f_back is None or not _is_learner_code(frame.f_back.f_code)):
            # A new section starts (the editor's code, the public tests, the hidden tests):
            # each gets the whole time, so slow hidden tests never count against the learner.
            deadline = time.monotonic() + seconds
        # A one-line loop (``while True: pass``) never starts a new line, so it emits no
        # line events: trace opcodes.
        frame.f_trace_opcodes = True
        return local_trace(frame, event, arg)

    sys.settrace(global_trace)


def stop_watchdog():
    """Disarm the watchdog (the exercise's ``post`` section calls this)."""
    sys.settrace(None)
