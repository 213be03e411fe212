"""Comparison helpers for hidden tests.

Every failure is an ``AssertionError`` whose message names the call (the input), what was
expected and what the learner's code gave, so that the message alone lets a learner act:

    lambda_monthly_cost(3000000, 1000, 512)
      expected: 18.733...
      got:      18.9
      hint:     ...

The learner's code is always called through these helpers: an exception raised inside it
becomes a readable message instead of a traceback from inside the grader.
"""

import builtins
import contextlib
import copy
import datetime
import difflib
import functools
import inspect
import io
import math
import re
from decimal import Decimal
from fractions import Fraction

from .watchdog import _PLAIN, grading_code, learner_call
from .watchdog import last_called as _last_called

REL_TOL = 1e-9
_LAST_OUTPUT = [""]  # what the learner's code printed during the last call()
ABS_TOL = 1e-9
_MAX_REPR = 300


def _stable_repr(value):
    # A set's repr follows hash order, which changes between runs for strings: sort it so
    # that a message reads the same every time.
    # Python's own shapes: set() for an empty set, frozenset({...}) for a frozenset.
    if isinstance(value, (set, frozenset)) and value:
        text = "{" + ", ".join(sorted(_stable_repr(v) for v in value)) + "}"
        return f"frozenset({text})" if isinstance(value, frozenset) else text
    return repr(value)


def short_repr(value, limit=_MAX_REPR):
    text = _stable_repr(value)
    if len(text) > limit:
        text = text[: limit - 5] + " ...)"
    return text


def format_call(name, args=(), kwargs=None):
    parts = [short_repr(a, 120) for a in args]
    parts += [f"{k}={short_repr(v, 120)}" for k, v in (kwargs or {}).items()]
    return f"{name}({', '.join(parts)})"


def _text(text):
    """A label or an expected text: a string, or a function that formats it. The checks pass
    functions so that a passing answer never pays for the message it does not get (a
    result's ``repr`` can be thousands of characters long)."""
    return text() if callable(text) else text


def _call_label(fn, args, kwargs):
    """The call as a message shows it, formatted only if a message is shown. The learner's
    function gets copies of the arguments, so they read the same after the call."""
    return functools.partial(format_call, getattr(fn, "__name__", "function"), args, kwargs)


def fail(call_text, expected_text, got_text, hint=None, why=None, check=None, plain=None):
    """Raise the learner's message. ``check``: the property a diagnosis found (a ``check:``
    line); ``plain``: a first line in plain words (a beginner slip)."""
    call_text, expected_text = _text(call_text), _text(expected_text)
    lines = [call_text, f"  expected: {expected_text}", f"  got:      {got_text}"]
    # Graders that compare results or catch exceptions their own way still get the plain
    # line for the two commonest slips: a result of None, and a misspelt name.
    if plain is None and got_text == "None" and expected_text != "None":
        plain = explain_result(None, expected_text, _LAST_OUTPUT[0], fn=_last_called[0])
        _LAST_OUTPUT[0] = ""
    elif plain is None and str(got_text).startswith("NameError: name '"):
        plain = explain_exception(None, NameError(str(got_text)[len("NameError: "):]))
    if plain:
        lines.insert(0, plain)
    if why:
        lines.append(f"  why:      {why}")
    if check:
        lines.append(f"  check:    {check}")
    if hint:
        lines.append(f"  hint:     {hint}")
    raise AssertionError("\n".join(lines))


def require_function(namespace, name, params=None):
    """Return the learner's function ``name`` from ``namespace``.

    ``params``: the parameter names of the specification, in order; the function must accept
    them positionally and by name (keywords after the first ones are passed by name).
    """
    fn = namespace.get(name)
    if fn is None:
        raise AssertionError(
            f"No function named {name} was found: define `def {name}(...)` "
            "(check the spelling, and that it is not indented inside something else)."
        )
    if not callable(fn):
        raise AssertionError(f"{name} should be a function, but it is a {type(fn).__name__}.")
    if params:
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            return fn
        try:
            sig.bind(*[None] * len(params))
            sig.bind(**{p: None for p in params})
        except TypeError:
            wanted = ", ".join(params)
            raise AssertionError(
                f"{_count_line(name, sig, len(params))}\n"
                f"{name} should accept the parameters ({wanted}) of the specification, "
                f"in that order and with those names; yours is {name}{sig}."
            ) from None
    return fn


# --- Beginner slips: one line in plain words, before the usual message -----------------

def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _count_line(name, sig, given):
    """'f takes 3 parameters (a, b, c), but it is called with 2 values: ...'"""
    params = [p for p in sig.parameters.values()
              if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    names = ", ".join(p.name for p in params)
    return (f"{name} takes {_plural(len(params), 'parameter')} ({names}), but it is called "
            f"with {_plural(given, 'value')}: check the names between the brackets of "
            f"`def {name}(...)`.")


_ARITY = re.compile(r"(takes \d+ positional argument|missing \d+ required (positional|keyword)"
                    r"|got an unexpected keyword argument|got multiple values for argument"
                    r"|takes no arguments|takes from \d+ to \d+ positional)")


def _innermost_frame(exc):
    tb = exc.__traceback__
    frame = None
    while tb is not None:
        frame = tb.tb_frame
        tb = tb.tb_next
    return frame


def explain_exception(fn, exc, args=(), kwargs=None):
    """A plain-words line for an exception that is a beginner slip, or None.

    * TypeError raised by the call itself (not inside the function) when the number or the
      names of the arguments do not fit the ``def`` line;
    * NameError: a name that is not defined, usually a spelling slip.
    """
    name = getattr(fn, "__name__", "the function")
    if isinstance(exc, TypeError) and _ARITY.search(str(exc)):
        # Raised while binding the arguments: no frame of the learner's function ran.
        frame = _innermost_frame(exc)
        if frame is not None and frame.f_code in _CALLERS:
            try:
                sig = inspect.signature(fn)
            except (TypeError, ValueError):
                return None
            return _count_line(name, sig, len(args) + len(kwargs or {}))
        return None
    if isinstance(exc, NameError) and not isinstance(exc, UnboundLocalError):
        missing = getattr(exc, "name", None)
        if missing is None:
            found = re.search(r"name '(\w+)' is not defined", str(exc))
            missing = found.group(1) if found else None
        if missing is None:
            return None
        if missing in _MODULES:
            return (f"The name {missing} is not defined: it is a module of Python's standard "
                    f"library, so add `import {missing}` at the top of your code.")
        line = (f"The name {missing} is not defined: check the spelling (Python tells capitals "
                f"apart) and that it is created before this line runs.")
        frame = _innermost_frame(exc)
        if frame is not None:
            known = set(frame.f_locals) | set(frame.f_globals) | set(dir(builtins))
            close = difflib.get_close_matches(missing, sorted(known), n=1)
            if close:
                line = line[:-1] + f"; did you mean {close[0]}?"
        return line
    return None


# Modules a learner may use without importing them first (Python 3.10+ lists them all).
_MODULES = frozenset(n for n in getattr(__import__("sys"), "stdlib_module_names", ())
                     if not n.startswith("_"))


@contextlib.contextmanager
def quiet_print(out):
    """What learner code prints goes to ``out`` only. In the browser, PMT's ``print`` writes
    to the terminal itself (not only to ``sys.stdout``), so ``redirect_stdout`` alone would
    still show it, once for every call the grader makes."""
    shown = builtins.print

    def print(*values, sep=" ", end="\n", file=None, flush=False):   # noqa: A001
        (out if file is None else file).write(
            (" " if sep is None else sep).join(map(str, values)) + ("\n" if end is None else end))

    builtins.print = print
    try:
        with contextlib.redirect_stdout(out):
            yield out
    finally:
        builtins.print = shown


def _expects_a_number(expected):
    return _is_real(expected)


def explain_result(got, expected, printed="", fn=None):
    """A plain-words line when the result is a beginner slip (None, a number as text), or None.

    A result of None is blamed on a cause only when the learner's code shows it (its syntax
    tree, ``codefacts``): no ``return`` with a value, ``print`` instead, or ``return
    items.sort()``. A function that returns values elsewhere and None here gets no line:
    the ``got: None`` below says it, and a guessed cause would mislead.
    """
    if got is None and expected is not None:
        from . import codefacts

        in_place = codefacts.returned_in_place_call(fn) if fn is not None else None
        if in_place:
            extra = " (or return sorted(...), a new sorted list)" if in_place == "sort" else ""
            return (f"Your function returns the result of .{in_place}(...), which changes the "
                    f"object in place and gives None: call .{in_place}(...) on its own line, "
                    f"then return the object{extra}.")
        if fn is None or codefacts.returns_a_value(fn) is not False:
            return None
        if printed.strip():
            shown = printed.strip().splitlines()[0]
            if len(shown) > 60:
                shown = shown[:57] + "..."
            return (f"Your function printed {shown!r} but returned None: use `return` to give "
                    f"the result back (`print` only shows text on the screen).")
        return "Your function returned None: did you forget `return`?"
    if isinstance(got, str) and _expects_a_number(expected):
        return (f"Your function returned the text {short_repr(got, 40)} instead of a number: "
                f"return the number itself, without str() or quotes.")
    return None


def _is_real(value):
    return isinstance(value, (int, float, Decimal, Fraction)) and not isinstance(value, bool)


def _kind(value):
    return type(value).__name__


_EXACT = frozenset({str, int, float, bool, type(None)})


def _same(got, expected):
    """True when ``got`` is ``expected`` to the letter: the same types all the way down and
    equal values. Then :func:`difference` finds nothing; when False, it looks (a float
    within the tolerance, an int for a float...). Most checks pass, and this answers them
    without building the description of every place in the result."""
    kind = type(expected)
    if type(got) is not kind:
        return False
    if kind in _EXACT:
        return got == expected
    if kind is list or kind is tuple:
        if len(got) != len(expected):
            return False
        # The items' types in C first: a result may hold thousands of strings.
        kinds = list(map(type, expected))
        if list(map(type, got)) != kinds:
            return False
        if _EXACT.issuperset(kinds):
            return got == expected
        return all(map(_same, got, expected))
    if kind is dict:
        return len(got) == len(expected) and all(
            key in got and _same(got[key], value) for key, value in expected.items())
    if kind is set or kind is frozenset:
        return got == expected
    return False


def difference(got, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL, where="the result"):
    """Describe the first difference between ``got`` and ``expected``, or return None.

    Floats compare with a tolerance (any real number type is accepted for an expected float:
    int, Decimal, Fraction); ints, bools, strings, None and containers compare exactly, and a
    container must be of the same kind (a list is not a tuple).
    """
    if _same(got, expected):
        return None
    # An expected value of the exercise's own (an expected run, say) may say what differs.
    describe = getattr(type(expected), "describe_difference", None)
    if describe is not None:
        return describe(expected, got, where)
    if isinstance(expected, bool) or expected is None:
        if got is expected:
            return None
        if isinstance(expected, bool) and not isinstance(got, bool):
            return f"{where} should be a bool (True or False), not a {_kind(got)}"
        return f"{where} should be {expected!r}, not {short_repr(got, 80)}"
    if isinstance(expected, float):
        if not _is_real(got):
            return f"{where} should be a number, not a {_kind(got)}"
        got_f = float(got)
        if math.isnan(expected) and math.isnan(got_f):
            return None
        if math.isclose(got_f, expected, rel_tol=rel_tol, abs_tol=abs_tol):
            return None
        off = f"{where} is off by {got_f - expected:+.6g}"
        if expected:
            off += f" ({(got_f - expected) / abs(expected):+.2%})"
        return off
    if isinstance(expected, int):
        if not isinstance(got, int) or isinstance(got, bool):
            return f"{where} should be an int, not a {_kind(got)} ({short_repr(got, 80)})"
        return None if got == expected else f"{where} is {got!r}, expected {expected!r}"
    if isinstance(expected, str):
        if not isinstance(got, str):
            return f"{where} should be a str, not a {_kind(got)}"
        return None if got == expected else f"{where} is {got!r}, expected {expected!r}"
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return f"{where} should be a dict, not a {_kind(got)}"
        missing = [k for k in expected if k not in got]
        if missing:
            return f"{where} has no key {missing[0]!r}"
        extra = [k for k in got if k not in expected]
        if extra:
            return f"{where} has an unexpected key {extra[0]!r}"
        for key in expected:
            diff = difference(got[key], expected[key], rel_tol, abs_tol, f"{where}[{key!r}]")
            if diff:
                return diff
        return None
    if isinstance(expected, (list, tuple)):
        if type(got) is not type(expected):
            return f"{where} should be a {_kind(expected)}, not a {_kind(got)}"
        if len(got) != len(expected):
            return f"{where} has {len(got)} items, expected {len(expected)}"
        for i, (g, e) in enumerate(zip(got, expected)):
            diff = difference(g, e, rel_tol, abs_tol, f"{where}[{i}]")
            if diff:
                return diff
        return None
    if isinstance(expected, (set, frozenset)):
        if not isinstance(got, (set, frozenset)):
            return f"{where} should be a set, not a {_kind(got)}"
        if got == expected:
            return None
        parts = []
        if expected - got:
            parts.append(f"is missing {short_repr(sorted(expected - got, key=repr), 120)}")
        if got - expected:
            parts.append(f"should not contain {short_repr(sorted(got - expected, key=repr), 120)}")
        return f"{where} " + " and ".join(parts)
    return None if got == expected else f"{where} is {short_repr(got, 80)}, expected {expected!r}"


def _diagnosed(diagnose, hint, fn, args, kwargs, expected, **outcome):
    """``(check line, hint)``: the property that ``diagnose`` (see ``diagnose.py``) finds to
    explain the failure, or no check line and the test's own hint."""
    found = diagnose(fn, args, kwargs, expected, **outcome) if diagnose else None
    return found or (None, hint)


# Values a copy can share with the original: the watchdog's plain values, and other
# immutable built-ins the cases hold.
_ATOMS = _PLAIN | {range, type(Ellipsis), datetime.datetime, datetime.date, datetime.time,
                   datetime.timedelta, datetime.timezone}


def fresh_copy(value, memo=None):
    """What ``copy.deepcopy(value)`` gives, faster for the values the cases are made of
    (dicts, lists, tuples, sets of numbers, strings and dates): ``copy.deepcopy`` looks up a
    copier for every value and rebuilds immutable dates, this only looks into containers. A
    shared part stays shared; any other object is copied by ``copy.deepcopy`` (its
    ``__deepcopy__`` included)."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if memo is None:
        memo = {}
    found = memo.get(id(value))
    if found is not None:
        return found
    atoms = _ATOMS
    if kind is dict:
        new = memo[id(value)] = {}
        for key, item in value.items():
            new[key if type(key) in atoms else fresh_copy(key, memo)] = (
                item if type(item) in atoms else fresh_copy(item, memo))
    elif kind is list:
        new = memo[id(value)] = []
        new.extend([item if type(item) in atoms else fresh_copy(item, memo) for item in value])
    elif kind is tuple:
        new = memo[id(value)] = tuple(
            [item if type(item) in atoms else fresh_copy(item, memo) for item in value])
    elif kind is set or kind is frozenset:
        new = memo[id(value)] = kind(
            [item if type(item) in atoms else fresh_copy(item, memo) for item in value])
    else:
        new = copy.deepcopy(value, memo)
    return new


def _call_capturing(fn, args, kwargs):
    """``fn(*args, **kwargs)`` on copies of the inputs; returns (result, printed text)."""
    out = io.StringIO()
    args, kwargs = fresh_copy(args), fresh_copy(kwargs)
    with quiet_print(out):
        result = learner_call(fn, *args, **kwargs)
    return result, out.getvalue()


# The frames from which the grader calls learner code: an arity TypeError raised in one of
# them was raised by the call itself.
_CALLERS = (_call_capturing.__code__, learner_call.__code__)


@grading_code
def call(fn, args=(), kwargs=None, *, label=None, expected_text="a result", hint=None,
         diagnose=None, expected=None, printed=None):
    """Call learner code; an exception becomes a readable ``AssertionError``.

    ``label``, ``expected_text``: texts for a message, or functions that format them (called
    only if a message is shown).

    ``printed``: a list to which what the code printed is appended (print is captured).
    """
    kwargs = kwargs or {}
    label = label or _call_label(fn, args, kwargs)
    try:
        _LAST_OUTPUT[0] = ""
        result, output = _call_capturing(fn, args, kwargs)
        _LAST_OUTPUT[0] = output if result is None else ""
    except Exception as exc:  # the watchdog's BaseException is left to stop the run
        error = f"{type(exc).__name__}: {exc}"
        raised = exc
        plain = explain_exception(fn, exc, args, kwargs)
    else:
        if printed is not None:
            printed.append(output)
        return result
    # Raised outside the ``except`` block so that no grader traceback is chained to it.
    check_line, hint = _diagnosed(diagnose, hint, fn, args, kwargs, expected, error=raised)
    fail(label, expected_text, error, hint, check=check_line, plain=plain)


ROUNDING_HINT = "don't round: return the unrounded amount."


def rounded_places(got, expected):
    """The number of decimal places (2 to 6) to which ``expected`` was rounded to give
    ``got``, or None.

    Only a real number other than 0 that differs from an expected float by more than the
    tolerance, but equals it rounded with ``round(expected, n)``, counts: that is a learner who rounded the
    result (often to cents) where the exercise asks for the exact amount.
    """
    if not isinstance(expected, float) or not _is_real(got) or not math.isfinite(expected):
        return None
    got_f = float(got)
    # 0 is what many other mistakes give (nothing billed, a free tier applied twice...):
    # a result of 0 is never taken for a rounded one.
    if got_f == 0 or math.isclose(got_f, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL):
        return None
    for places in range(2, 7):
        if math.isclose(got_f, round(expected, places), rel_tol=0, abs_tol=1e-12):
            return places
    return None


def kind_mismatch(got, expected):
    """True when ``got`` is not even of the kind ``expected`` is (a list for a tuple, a dict
    for a str, a float for an int...): any real number stands for an expected float."""
    if isinstance(expected, bool):
        return not isinstance(got, bool)
    if expected is None:
        return got is not None
    if isinstance(expected, float):
        return not _is_real(got)
    if isinstance(expected, int):
        return not isinstance(got, int) or isinstance(got, bool)
    if isinstance(expected, (set, frozenset)):
        return not isinstance(got, (set, frozenset))
    if isinstance(expected, (str, dict, list, tuple)):
        return type(got) is not type(expected)
    return False


@grading_code
def check(fn, args=(), expected=None, kwargs=None, *, rel_tol=REL_TOL, abs_tol=ABS_TOL,
          hint=None, label=None, diagnose=None):
    """Assert that ``fn(*args, **kwargs)`` equals ``expected`` (floats with a tolerance).

    ``hint`` is a text, or a function of the learner's result that returns a text (or None)
    so that a hint can name a cause only once it has checked it. When the result is the
    expected float rounded to 2 to 6 decimal places, the message says so and the hint is
    replaced by ``ROUNDING_HINT``: the case's own hint would name a cause that is not the
    learner's mistake. For the same reason a result of the wrong kind (a list for a tuple, a
    float for an int) gets no hint: the "why" line says what kind is expected.

    ``diagnose``: an exercise's ``Diagnosis`` (``diagnose.py``): on any failure but a
    rounded result, the property whose detector explains it gives the ``check:`` and
    ``hint:`` lines, before the rules on the kind of result and the case's own hint.
    """
    kwargs = kwargs or {}
    label = label or _call_label(fn, args, kwargs)
    expected_text = functools.partial(short_repr, expected)
    plain_hint = None if callable(hint) else hint
    printed = []
    got = call(fn, args, kwargs, label=label, expected_text=expected_text, hint=plain_hint,
               diagnose=diagnose, expected=expected, printed=printed)
    why = difference(got, expected, rel_tol, abs_tol)
    if why:
        check_line = None
        places = rounded_places(got, expected)
        if places is not None:
            why += f"; it equals the expected value rounded to {places} decimal places"
            hint = ROUNDING_HINT
        else:
            check_line, found = _diagnosed(diagnose, None, fn, args, kwargs, expected, got=got,
                                           printed="".join(printed))
            if check_line:
                hint = found
            elif kind_mismatch(got, expected):
                hint = None
            elif callable(hint):
                hint = hint(got)
        fail(label, expected_text, short_repr(got), hint, why, check=check_line,
             plain=explain_result(got, expected, "".join(printed), fn=fn))
    return got


@grading_code
def check_raises(fn, args=(), kwargs=None, exc_type=ValueError, *, hint=None, label=None,
                 diagnose=None, why=None):
    """Assert that ``fn(*args, **kwargs)`` raises ``exc_type``.

    ``why``: what makes the input invalid (a fact about the input, shown on failure).
    """
    kwargs = kwargs or {}
    label = label or _call_label(fn, args, kwargs)
    expected_text = f"{exc_type.__name__} raised"
    outcome = {"raises": exc_type}
    plain = None
    try:
        got, printed = _call_capturing(fn, args, kwargs)
    except exc_type as exc:
        # A slip such as a misspelt name raises NameError, not the expected exception; an
        # arity TypeError is reported even when TypeError is what the test expects.
        plain = explain_exception(fn, exc, args, kwargs)
        if plain is None:
            return
        got_text = f"{type(exc).__name__}: {exc}"
    except Exception as exc:
        got_text = f"{type(exc).__name__}: {exc}"
        outcome["error"] = exc
        plain = explain_exception(fn, exc, args, kwargs)
    else:
        got_text = f"returned {short_repr(got)}"
        outcome["got"] = got
        outcome["printed"] = printed
    check_line, hint = _diagnosed(diagnose, hint, fn, args, kwargs, None, **outcome)
    fail(label, expected_text, got_text, hint, why, check=check_line, plain=plain)
