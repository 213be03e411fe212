"""Stop learner code that runs too long.

Pyodide runs on the page's main thread, so a learner's ``while True: pass`` would freeze the
whole tab. A ``sys.settrace`` hook counts the trace events of learner code and raises
:class:`TimeLimitExceeded` once a section has used its budget of steps.

Design notes (why, not what):

* Only code compiled from a string is traced (file names such as ``<exec>``: the editor, the
  tests, the sections of an exercise). The grader's own modules and the standard library are
  not, and neither is what an exercise marks with :func:`grading_code` (its hidden tests and
  their oracles, its diagnosis): that is the exercise's code, not the learner's. A learner's
  function it calls is traced as ever: the mark goes with the code object, not with the call.
* Tracing is the cost of every verdict (it made hidden tests 2 to 25 times slower), so each
  code object gets the cheapest tracing that still catches a runaway loop in it, decided once
  from its bytecode: code with no backward jump (no loop) gets no line tracing at all (it
  cannot run long by itself, and every call it makes is a new frame, seen by the call hook,
  which also checks the clock: that stops runaway recursion); a generator whose one loop
  yields at every turn is resumed with a call event at each turn, which is counted; any
  other loop gets line events, because CPython 3.11 emits one at every backward jump, even
  to the same line (``ceval.c``, ``maybe_call_line_trace``: "Trace backward edges (except
  in 'yield from') or if line number has changed"): a comprehension costs one event a turn,
  not one an instruction. Only a loop whose jump goes back to itself (``while True: pass``,
  the body compiled away), to an instruction without a line number, or to a ``yield from``
  emits no line event per turn, and gets opcode tracing. ``tests/test_grader.py`` runs a
  runaway loop of each shape, and ``tests/browser/test_watchdog_shapes.py`` the same loops
  in Pyodide, whose CPython could behave otherwise.
* Even untraced, grader code runs two to four times slower while a trace function is set
  (CPython then checks for a trace at every instruction and runs every function call through
  the hook), and on a Practice page the grader's work is most of a verdict. So the watchdog
  is off while the grader works and on while learner code runs: the grader's entry points
  (``check``, ``call``, ``check_raises`` and what :func:`grading_code` marks) switch it off
  (:func:`grader_running`), and each call they make into learner code switches it back on
  (:func:`learner_call`). Learner code can also run through a value it returned (its
  ``__eq__``, a generator), so the watchdog stays on after a call whose result is not made
  of plain built-in values. The tests run every exercise with a tripwire in place of "off"
  (:data:`TRIPWIRE`) that fails on any learner code run outside :func:`learner_call`.
* :class:`TimeLimitExceeded` derives from ``BaseException`` so that a learner's
  ``except Exception:`` (which the API handler exercise asks for) does not swallow it.
* **Steps, not seconds** (issue 18). A deadline in seconds gave a slower device another
  verdict: a correct answer that took 1.4 s on a desktop was called an infinite loop on a
  phone (Chromium with the CPU throttled 4x). The budget is counted in the trace events the
  hook already sees (calls, lines, opcodes), which are the same on every device: a slower
  device only takes longer to reach the same verdict. ``DEFAULT_STEPS`` (20 million) is
  about 5 s of ``while True: pass`` in Chromium on a desktop and more than 100 times the
  steps of the slowest reference solution's hidden tests (``tests/test_slow_devices.py``
  runs every reference doing 100 times its work). A wall-clock backstop,
  ``BACKSTOP_SECONDS``, stays for code whose few steps are each very slow; it is far above
  what the budget takes on a throttled phone.
* The budget applies to each section PMT runs (the editor's code, the public tests, the
  hidden tests) separately: the count restarts when a new top-level ``<exec>`` module
  starts, but not when learner code calls ``exec`` itself.
* CPython unsets a trace function that raises, so the watchdog fires once: nothing that runs
  after (PMT's own helpers, the ``post`` section) can be hit by it. The price: a loop whose
  body catches everything with a bare ``except:`` (or ``except BaseException``) swallows that
  one exception and runs on. No exercise needs such a handler; ``except Exception`` is fine.
* It cannot interrupt one long C call such as ``sum(range(10**12))``: exercises bound their
  inputs so that none is needed.
"""

import contextlib
import dis
import functools
import inspect
import sys
import time
import weakref
from decimal import Decimal
from fractions import Fraction

# The budget of each section, in trace events (see the module's notes): the same on every
# device, so that a slow phone and a desktop give the same verdict.
DEFAULT_STEPS = 20_000_000
# A backstop in wall-clock time, far above what the budget takes on a slow phone, for code
# whose few events are each very slow.
BACKSTOP_SECONDS = 120.0

# Checking the clock on every event would double the cost of tracing.
_CHECK_EVERY = 4096
_peak = [0]         # the largest count a section reached before the next one started
_stopped_at = [0]   # the count at which the watchdog last fired

# How a code object is traced, decided once per code object.
_SKIP = "skip"         # not learner code: never traced
_NO_LOOP = None        # no loop, or a generator resumed at each turn: calls are counted
_LINES = "lines"       # every backward jump emits a line event: one event a turn
_OPCODES = "opcodes"   # a jump that emits none (to itself, say): opcode events
# id(code) -> (code, kind). The code object is kept so that its id cannot be reused while
# its entry exists; the table is emptied when it grows large.
_kinds = {}
_MAX_KINDS = 20_000
# id(code) -> code, for the code marked by grading_code: kept apart from _kinds (which is
# emptied when it grows large) and weakly, so that the code of finished runs can go.
_graded = weakref.WeakValueDictionary()

_BACKWARD = frozenset(op for name, op in dis.opmap.items() if "BACKWARD" in name)
_EXTENDED_ARG = dis.opmap["EXTENDED_ARG"]
_CACHES = getattr(dis, "_inline_cache_entries", None)
_JUMPS = frozenset(dis.hasjrel) | frozenset(dis.hasjabs)
_FOR_ITER = dis.opmap.get("FOR_ITER")
_JUMP_BACKWARD = dis.opmap.get("JUMP_BACKWARD")
_YIELD = dis.opmap.get("YIELD_VALUE")
_SEND = dis.opmap.get("SEND", -1)
_GENERATOR = inspect.CO_GENERATOR


class TimeLimitExceeded(BaseException):
    """Learner code ran past the watchdog's deadline."""


class UnwatchedLearnerCode(BaseException):
    """Learner code ran while the watchdog was off (only with :data:`TRIPWIRE` set): a
    grader that calls learner code without :func:`learner_call`."""


# The trace function of the armed watchdog, or None (not started, stopped, or fired).
_armed = [None]

# Tests set this to True: while the grader works, a tripwire stands in for "no tracing".
TRIPWIRE = False


def _message(steps):
    return (f"your code ran for more than {steps:,} steps of Python, far more than this "
            f"exercise needs — is there an infinite loop?")


def _late_message(seconds):
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
    if not jumps or _yields_every_turn(code, jumps, ops):
        return _NO_LOOP
    raw = code.co_code
    for jump, target in jumps:
        # CPython 3.11 emits a line event when a jump lands before the instruction that
        # jumped, on an instruction with a line number, unless it lands on a SEND (a
        # ``yield from`` or ``await`` loop). A jump to itself emits none.
        if target >= jump or _line_at(code, target) is None or raw[target] == _SEND:
            return _OPCODES
    return _LINES


def _tracing_for(code):
    """How ``code`` is traced: the cheapest way that still sees every turn of its loops."""
    entry = _kinds.get(id(code))
    if entry is not None and entry[0] is code:
        return entry[1]
    if len(_kinds) > _MAX_KINDS:
        _kinds.clear()
    kind = _SKIP if _graded.get(id(code)) is code else _classify(code)
    _kinds[id(code)] = (code, kind)
    return kind


def _code_objects(obj):
    """The code objects of a function or a class's functions, and every code object written
    inside them (nested functions, lambdas, comprehensions, generator expressions)."""
    if isinstance(obj, type):
        found = []
        for value in vars(obj).values():
            value = getattr(value, "__func__", value)   # staticmethod, classmethod
            if hasattr(value, "__code__"):
                found += _code_objects(value)
        return found
    stack, found = [obj.__code__], []
    while stack:
        code = stack.pop()
        found.append(code)
        stack.extend(c for c in code.co_consts if isinstance(c, type(code)))
    return found


def _tripwire(frame, event, arg):
    # "<string>": code the standard library makes at run time (namedtuple, dataclasses).
    code = frame.f_code
    if code.co_filename != "<string>" and _tracing_for(code) is not _SKIP:
        name = frame.f_code.co_name
        raise UnwatchedLearnerCode(
            f"learner code ({name}) ran while the watchdog was off: call it with learner_call")
    return None


_paused = []          # (trace function, armed watchdog) before each pause not yet resumed
_pause_count = [0]   # how many pauses so far: the browser tests check that speed.js pauses


def _pause():
    _paused.append((sys.gettrace(), _armed[0]))
    if _armed[0] is not None:
        sys.settrace(_tripwire if TRIPWIRE else None)


def pause():
    """The platform's own code is about to run (PMT's helpers between the sections of a run,
    which ``docs/assets/speed.js`` recognises): the watchdog is off until :func:`resume`. No
    learner code runs there, and traced it cost 30 to 50 ms a verdict. Calls pair up."""
    _pause_count[0] += 1
    _pause()


def resume():
    """The state before the matching pause, unless the watchdog fired, was stopped or was
    started again meanwhile."""
    if not _paused:
        return
    before, armed = _paused.pop()
    if armed is not None and _armed[0] is armed:
        sys.settrace(before)


@contextlib.contextmanager
def grader_running():
    """The grader's own work: no tracing inside (see the module's notes), and the state
    before is restored after, unless the watchdog fired or was stopped meanwhile."""
    _pause()
    try:
        yield
    except TimeLimitExceeded as exc:
        # Stopped in a call the grader made: in the hidden tests PMT shows the message of an
        # AssertionError but only the name of any other exception (mkdocs.yml:
        # show_only_assertion_errors_for_secrets), and the learner needs the message.
        raise AssertionError(str(exc)) from None
    finally:
        resume()


_PLAIN = frozenset({type(None), bool, int, float, complex, str, bytes, Decimal, Fraction})
_CONTAINERS = frozenset({list, tuple, set, frozenset})
_PLAIN_OR_CONTAINER = _PLAIN | _CONTAINERS | {dict}


def _plain(value, depth=0):
    """True when ``value`` is made of built-in values only, so that no learner code can run
    when the grader compares, prints or copies it."""
    kind = type(value)
    if kind in _PLAIN:
        return True
    if depth > 50:
        return False
    if kind is dict:
        return _all_plain(value.keys(), depth) and _all_plain(value.values(), depth)
    if kind in _CONTAINERS:
        return _all_plain(value, depth)
    return False


def _all_plain(items, depth):
    # The items' types are read in C (a result may hold thousands of strings); only the
    # containers among them are looked into.
    kinds = set(map(type, items))
    if kinds <= _PLAIN:
        return True
    if not kinds <= _PLAIN_OR_CONTAINER:
        return False
    return all(_plain(v, depth + 1) for v in items if type(v) not in _PLAIN)


# The learner's function of the last learner_call: a message about its result may read its code.
last_called = [None]


def learner_call(fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` with the watchdog on (when it is armed at all). It stays on
    after the call when what came back (or was raised) is not plain built-in values."""
    last_called[0] = fn
    armed = _armed[0]
    before = sys.gettrace()
    if armed is None or before is armed:
        return fn(*args, **kwargs)
    sys.settrace(armed)
    try:
        result = fn(*args, **kwargs)
    except TimeLimitExceeded as exc:
        from .checks import format_call

        call = format_call(getattr(fn, "__name__", "function"), args, kwargs)
        raise TimeLimitExceeded(f"{call}\n  got:      {exc}") from None
    except BaseException as exc:
        if _armed[0] is not None and type(exc).__module__ == "builtins" and _plain(exc.args):
            sys.settrace(before)
        raise
    if _armed[0] is not None and _plain(result):
        sys.settrace(before)
    return result


def grading_code(obj):
    """Decorator: ``obj`` (a function or a class) is the exercise's own code, not the learner's.

    The watchdog does not trace it or anything written inside it. A function is a grading
    helper: it runs as the grader's work (:func:`grader_running`), so the learner code it
    calls must go through :func:`learner_call` (or awsgrader's ``check``, ``call``...), and
    the statement's list of the names the editor defines (``site_macros/editor_names.py``)
    leaves it out. A class is a tool the exercise gives the learner (a fake service): only its
    methods are marked, and it keeps its place in that list.
    """
    for code in _code_objects(obj):
        _graded[id(code)] = code
        _kinds.pop(id(code), None)
    if isinstance(obj, type):
        return obj

    @functools.wraps(obj)
    def grader(*args, **kwargs):
        with grader_running():
            return obj(*args, **kwargs)

    grader.__grading_code__ = True
    return grader


def start_watchdog(steps=None, *, seconds=None):
    """Arm the watchdog: each section of code compiled from strings may run ``steps`` trace
    events (``DEFAULT_STEPS``), and ``seconds`` of wall-clock time (``BACKSTOP_SECONDS``).

    Both default to the module's values, read at call time so that a test can change them.
    """
    if steps is None:
        steps = DEFAULT_STEPS
    if seconds is None:
        seconds = BACKSTOP_SECONDS
    # Every exercise's env calls this first: also explain unreadable code (Pyodide only).
    from .syntax_help import install
    install()
    monotonic = time.monotonic
    deadline = monotonic() + seconds
    message = _message(steps)
    late = _late_message(seconds)
    events = 0
    # The next count at which the hooks look further: the next clock check (every
    # _CHECK_EVERY events) or the end of the budget, whichever comes first. Every event
    # costs one comparison until then: the hooks run for every line of learner code.
    first_check = min(_CHECK_EVERY, steps + 1)
    next_check = first_check

    def fire(text):
        _armed[0] = None   # it fires once: nothing switches it back on after
        _stopped_at[0] = events
        raise TimeLimitExceeded(text)

    def checkpoint():
        nonlocal next_check
        if events > steps:
            fire(message)
        if not events % _CHECK_EVERY and monotonic() > deadline:
            fire(late)
        next_check = min(events - events % _CHECK_EVERY + _CHECK_EVERY, steps + 1)

    def local_trace(frame, event, arg):
        nonlocal events
        events += 1
        if events >= next_check:
            checkpoint()
        return local_trace

    kinds_get = _kinds.get

    def global_trace(frame, event, arg):
        nonlocal deadline, events, next_check
        code = frame.f_code
        entry = kinds_get(id(code))
        kind = entry[1] if entry is not None and entry[0] is code else _tracing_for(code)
        if kind is _SKIP:
            return None
        if code.co_name == "<module>" and (
                frame.f_back is None or not _is_learner_code(frame.f_back.f_code)):
            # A new section starts (the editor's code, the public tests, the hidden tests):
            # each gets the whole budget, so slow hidden tests never count against the
            # learner.
            _peak[0] = max(_peak[0], events)
            events = 0
            next_check = first_check
            deadline = monotonic() + seconds
        # Calls count too: runaway recursion has no loop to trace.
        events += 1
        if events >= next_check:
            checkpoint()
        if kind is _NO_LOOP:
            return None
        if kind is _OPCODES:
            frame.f_trace_opcodes = True
        return local_trace

    _armed[0] = global_trace
    sys.settrace(global_trace)


def stop_watchdog():
    """Disarm the watchdog (the exercise's ``post`` section calls this)."""
    _armed[0] = None
    sys.settrace(None)
