"""Name the mistake behind a failed check, only when the grader has checked it.

A hint written for a test case ("this case is about the request price") blames whatever the
case was written for, even when the learner's value went wrong for another reason. Here a
hint belongs to a **property** of the answer instead, and a property speaks only when its
**detector** confirms, from the failed call itself, that its mistake explains what came back:

    from awsgrader import Diagnosis, Property

    MISTAKES = Diagnosis(
        Property("greedy-takes-one-or-more",
                 "{name+} takes one or more segments, joined with '/'",
                 "A greedy variable takes every remaining segment ...",
                 detect=lambda case: case.got == model(*case.args, greedy=1)),
        ...
    )
    check(match_route, ("GET", "/pets/a/b", routes), expected, diagnose=MISTAKES)

A detector gets a ``Case`` (the arguments, the expected value, what came back or the
exception raised) and answers False/None (not this mistake) or True, or a short text that
says what it found ("your value is the request charge only"). Usually it recomputes the
answer under the mistake with a variant of an oracle and compares it with the learner's
value, so it can only fire when that mistake gives exactly what the learner's code gave.

When a detector fires, the message gets two lines:

    check:    <property id>: <the rule checked>
    hint:     <the property's hint> (<the detector's text>)

When none fires, the message has the call, expected, got and the difference, and no hint:
a hint that might be wrong costs a learner more than no hint.
"""

import io

from .checks import check as _check
from .checks import fresh_copy, quiet_print
from .checks import check_raises as _check_raises
from .watchdog import learner_call

__all__ = ["Case", "Property", "Diagnosis", "bound_check"]


class Case:
    """One failed check: what the grader called, what it expected, and what came back."""

    def __init__(self, fn, args, kwargs, expected, got=None, error=None, raises=None,
                 printed=""):
        self.fn = fn
        self.args = tuple(args)
        self.kwargs = dict(kwargs or {})
        self.expected = expected     # the expected value (None when an exception is expected)
        self.got = got               # what the learner's code returned (None if it raised)
        self.error = error           # the exception it raised, or None
        self.raises = raises         # the exception type expected (check_raises), or None
        self.printed = printed       # what the learner's code printed during the failed call

    @property
    def returned(self):
        return self.error is None

    def raised(self, exc_type=Exception):
        return isinstance(self.error, exc_type)

    def probe(self, *args, **kwargs):
        """Call the learner's function again on another input: ``("ok", value)`` or
        ``("error", exception)``. For detectors that locate a part of the input."""
        try:
            args, kwargs = fresh_copy(args), fresh_copy(kwargs)
            with quiet_print(io.StringIO()):   # printed once already, by the failed call
                return ("ok", learner_call(self.fn, *args, **kwargs))
        except Exception as exc:  # the watchdog's BaseException still stops the run
            return ("error", exc)


class Property:
    """A property the grader checks, the mistake that breaks it, and how to detect it.

    ``id``: a short name, unique in the exercise (the ``check:`` line starts with it);
    ``rule``: the property, in a sentence; ``hint``: what to do about the mistake;
    ``detect(case)``: True, or a text, when this mistake explains the failed case;
    ``requires(fn)``: for a hint that names a construct of the learner's code (a loop,
    ``.get``, ``try``): True only when the code has it (``awsgrader.codefacts`` reads the
    syntax tree). The property stays silent when the code does not have it, or when the
    code cannot be read.
    """

    def __init__(self, id, rule, hint, detect, requires=None):
        self.id = id
        self.rule = rule
        self.hint = hint
        self.detect = detect
        self.requires = requires

    def explain(self, case):
        if self.requires is not None:
            try:
                if self.requires(case.fn) is not True:
                    return None
            except Exception:
                return None
        try:
            found = self.detect(case)
        except Exception:  # a detector that cannot judge this value says nothing
            return None
        if not found:
            return None
        hint = self.hint
        if isinstance(found, str):
            hint = f"{hint} ({found})" if hint else found
        return f"{self.id}: {self.rule}", hint

    def __repr__(self):
        return f"Property({self.id!r})"


class Diagnosis:
    """An exercise's properties, in the order they are tried: the first that fires speaks.

    Pass it as ``check(..., diagnose=diagnosis)`` or ``check_raises(..., diagnose=...)``.
    Ids and hints are unique, so two mistakes never get the same message (two properties
    may state the same rule from two sides: accept the valid, reject the invalid).
    """

    def __init__(self, *properties):
        self.properties = list(properties)
        for attr in ("id", "hint"):
            values = [getattr(p, attr) for p in self.properties]
            twice = {v for v in values if values.count(v) > 1}
            if twice:
                raise ValueError(f"two properties have the same {attr}: {sorted(twice)}")

    def __getitem__(self, id):
        for prop in self.properties:
            if prop.id == id:
                return prop
        raise KeyError(id)

    def ids(self):
        return [p.id for p in self.properties]

    def only(self, *ids):
        """The same diagnosis restricted to some properties (for a check that tests them)."""
        return Diagnosis(*[self[i] for i in ids])

    def __call__(self, fn, args, kwargs, expected, got=None, error=None, raises=None,
                 printed=""):
        case = Case(fn, args, kwargs, expected, got, error, raises, printed)
        for prop in self.properties:
            found = prop.explain(case)
            if found:
                return found
        return None


def bound_check(diagnosis):
    """``check`` and ``check_raises`` with an exercise's diagnosis, for the public tests:

        check, check_raises = bound_check(MISTAKES)
        check(match_route, ("GET", "/pets/dog/1", ROUTES), ("GET /pets/dog/1", {}))
    """

    def check(fn, args=(), expected=None, kwargs=None, **options):
        """Call your function with args and compare with expected: the tests below use it."""
        options.setdefault("diagnose", diagnosis)
        return _check(fn, args, expected, kwargs, **options)

    def check_raises(fn, args=(), kwargs=None, exc_type=ValueError, **options):
        """Call your function with args and expect it to raise exc_type."""
        options.setdefault("diagnose", diagnosis)
        return _check_raises(fn, args, kwargs, exc_type, **options)

    return check, check_raises
