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
  emits a line event at each turn, so line events are enough; a generator expression that
  yields at every turn is resumed with a call event at each turn, which is counted; only
  any other loop on one line (``while True: pass``, a comprehension, a filtered generator
  expression) emits no event per turn and gets opcode tracing.
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
import inspect
import sys
import time

DEFAULT_SECONDS = 5.0

# Checking the clock on every event would double the cost of tracing.
_CHECK_EVERY = 256

# How a code object is traced, decided once per code object.
_SKIP = "skip"         # not learner code: never traced
_NO_LOOP = None        # no backward jump: calls are counted, no line events
_LINES = "lines"       # every loop spans lines: a line event at each turn
_OPCODES = "opcodes"   # a loop on one line: opcode events
# id(code) -> (code, kind). The code object is kept so that its id cannot be reused while
# its entry exists; the table is emptied when it grows large.
_kinds = {}
_MAX_KINDS = 20_000

_BACKWARD = frozenset(op for name, op in dis.opmap.items() if "BACKWARD" in name)
_EXTENDED_ARG = dis.opmap["EXTENDED_ARG"]
_CACHES = getattr(dis, "_inline_cache_entries", None)
_JUMPS = frozenset(dis.hasjrel) | frozenset(dis.hasjabs)
_FOR_ITER = dis.opmap.get("FOR_ITER")
_JUMP_BACKWARD = dis.opmap.get("JUMP_BACKWARD")
_YIELD = dis.opmap.get("YIELD_VALUE")
_GENERATOR = inspect.CO_GENERATOR


class TimeLimitExceeded(BaseException):
    """Learner code ran past the watchdog's deadline."""


def _message(seconds):
    return f"your code ran for more than {seconds:g} s — is there an infinite loop?"


def _is_learner_code(code):
    name = code.co_filename
    return name.startswith("<") and not name.startswith("<frozen")


def _scan(code):
    """The backward jumps ((jump offset, target offset) each) and the set of opcodes of
    ``code``, read from the raw bytecode: much cheaper than ``dis``, which matters because
    every run compiles new code."""
    raw = code.co_code
    jumps, ops, arg = [], set(), 0
    for offset in range(0, len(raw), 2):
        op = raw[offset]
        arg = (arg << 8) | raw[offset + 1]
        if op == _EXTENDED_ARG:
            continue
        ops.add(op)
        if op in _BACKWARD:
            caches = _CACHES[op] if _CACHES is not None else 0
            jumps.append((offset, offset + 2 + 2 * caches - 2 * arg))
        arg = 0
    return jumps, ops


def _backward_jumps(code):
    return _scan(code)[0]


def _line_at(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def _yields_every_turn(code, jumps, ops):
    """A generator with one loop whose body has no branch and yields, such as
    ``(x * 2 for x in items)``: each turn gives control back and is resumed with a new call
    event, which the call hook counts, so the loop needs no opcode tracing. (With a filter,
    ``(x for x in items if x)``, a turn may not yield: that one is traced.)"""
    return (code.co_flags & _GENERATOR and len(jumps) == 1 and _YIELD in ops
            and not (ops & _JUMPS) - {_FOR_ITER, _JUMP_BACKWARD})


def _classify(code):
    if not _is_learner_code(code):
        return _SKIP
    if not _BACKWARD:   # a Python without JUMP_BACKWARD opcodes: trace everything
        return _OPCODES
    jumps, ops = _scan(code)
    kind = _NO_LOOP
    for jump, target in jumps:
        line = _line_at(code, target)
        if line is None or line == _line_at(code, jump):
            # A loop on one line: no line event per turn.
            return _NO_LOOP if _yields_every_turn(code, jumps, ops) else _OPCODES
        kind = _LINES
    return kind


def _tracing_for(code):
    """How ``code`` is traced: the cheapest way that still sees every turn of its loops."""
    entry = _kinds.get(id(code))
    if entry is not None and entry[0] is code:
        return entry[1]
    if len(_kinds) > _MAX_KINDS:
        _kinds.clear()
    kind = _classify(code)
    _kinds[id(code)] = (code, kind)
    return kind


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
    monotonic = time.monotonic

    def local_trace(frame, event, arg):
        nonlocal events
        events += 1
        if not events % _CHECK_EVERY and monotonic() > deadline:
            raise TimeLimitExceeded(message)
        return local_trace

    def global_trace(frame, event, arg):
        nonlocal deadline, events
        code = frame.f_code
        kind = _tracing_for(code)
        if kind is _SKIP:
            return None
        if code.co_name == "<module>" and (
                frame.f_back is None or not _is_learner_code(frame.f_back.f_code)):
            # A new section starts (the editor's code, the public tests, the hidden tests):
            # each gets the whole time, so slow hidden tests never count against the learner.
            deadline = monotonic() + seconds
        # Calls count too: runaway recursion has no loop to trace.
        events += 1
        if not events % _CHECK_EVERY and monotonic() > deadline:
            raise TimeLimitExceeded(message)
        if kind is _NO_LOOP:
            return None
        if kind is _OPCODES:
            frame.f_trace_opcodes = True
        return local_trace

    sys.settrace(global_trace)


def stop_watchdog():
    """Disarm the watchdog (the exercise's ``post`` section calls this)."""
    sys.settrace(None)
