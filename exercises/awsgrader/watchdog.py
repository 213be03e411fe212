"""Stop learner code that runs too long.

Pyodide runs on the page's main thread, so a learner's ``while True: pass`` would freeze the
whole tab. A ``sys.settrace`` hook checks a deadline while learner code runs and raises
:class:`TimeLimitExceeded` once it has passed.

Design notes (why, not what):

* Only code compiled from a string is traced (file names such as ``<exec>``: the editor, the
  tests, the sections of an exercise). The grader's own modules and the standard library are
  not.
* Tracing is the cost of every verdict (it made hidden tests 2 to 25 times slower), so each
  code object gets the cheapest tracing that still catches a runaway loop in it, decided once
  from its bytecode: code with no backward jump (no loop) gets no line tracing at all (it
  cannot run long by itself, and every call it makes is a new frame, seen by the call hook,
  which also checks the clock: that stops runaway recursion); a loop that spans lines
  emits a line event at each turn, so line events are enough; only a loop on one line
  (``while True: pass``, a comprehension) emits no line event per turn and gets opcode
  tracing.
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

import dis
import sys
import time
import weakref

DEFAULT_SECONDS = 5.0

# Checking the clock on every event would double the cost of tracing.
_CHECK_EVERY = 256

# How each code object is traced: None (not at all), "lines" or "opcodes", decided once.
_NO_LOOP, _LINES, _OPCODES = None, "lines", "opcodes"
_tracing_of = weakref.WeakKeyDictionary()


class TimeLimitExceeded(BaseException):
    """Learner code ran past the watchdog's deadline."""


def _message(seconds):
    return f"your code ran for more than {seconds:g} s — is there an infinite loop?"


def _is_learner_code(code):
    name = code.co_filename
    return name.startswith("<") and not name.startswith("<frozen")


def _line_of(code):
    """offset -> line number, for every instruction of ``code``."""
    lines = {}
    for start, end, line in code.co_lines():
        for offset in range(start, end, 2):
            lines[offset] = line
    return lines


def _tracing_for(code):
    """The cheapest tracing that still sees every turn of every loop in ``code``."""
    kind = _tracing_of.get(code, False)
    if kind is not False:
        return kind
    kind = _NO_LOOP
    lines = None
    for instruction in dis.get_instructions(code):
        target = instruction.argval
        if instruction.opcode in dis.hasjrel or instruction.opcode in dis.hasjabs:
            if isinstance(target, int) and target <= instruction.offset:   # a loop's jump back
                lines = lines or _line_of(code)
                line = lines.get(target)
                if line is None or line == lines.get(instruction.offset):
                    kind = _OPCODES    # a loop on one line: no line event per turn
                    break
                kind = _LINES
    _tracing_of[code] = kind
    return kind


def start_watchdog(seconds=None):
    """Arm the watchdog: code compiled from strings may run ``seconds`` from now.

    ``seconds`` defaults to ``DEFAULT_SECONDS``, read at call time so that a test can shorten it.
    """
    if seconds is None:
        seconds = DEFAULT_SECONDS
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
        nonlocal deadline, events
        code = frame.f_code
        if not _is_learner_code(code):
            return None
        if code.co_name == "<module>" and (
                frame.f_back is None or not _is_learner_code(frame.f_back.f_code)):
            # A new section starts (the editor's code, the public tests, the hidden tests):
            # each gets the whole time, so slow hidden tests never count against the learner.
            deadline = time.monotonic() + seconds
        # Calls count too: runaway recursion has no loop to trace.
        events += 1
        if events % _CHECK_EVERY == 0 and time.monotonic() > deadline:
            raise TimeLimitExceeded(message)
        kind = _tracing_for(code)
        if kind is _NO_LOOP:
            return None
        if kind is _OPCODES:
            frame.f_trace_opcodes = True
        return local_trace

    sys.settrace(global_trace)


def stop_watchdog():
    """Disarm the watchdog (the exercise's ``post`` section calls this)."""
    sys.settrace(None)
