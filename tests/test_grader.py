"""Unit tests of the grader package: the helpers every exercise's hidden tests rely on."""

import math
import sys
import time
from decimal import Decimal
from fractions import Fraction

import pytest

from awsgrader import (TimeLimitExceeded, call, check, check_raises, difference,
                       require_function, start_watchdog, stop_watchdog)


def add(a, b):
    return a + b


# --- difference: what counts as equal --------------------------------------------------

@pytest.mark.parametrize("got", [0.30000000000000004, Decimal("0.3"), Fraction(3, 10), 0.3])
def test_floats_compare_with_tolerance_and_any_real_type(got):
    assert difference(got, 0.1 + 0.2) is None


@pytest.mark.parametrize("got, word", [(0.31, "off by"), ("0.3", "number"), (True, "number"),
                                       (None, "number")])
def test_float_mismatches_are_explained(got, word):
    assert word in difference(got, 0.3)


def test_int_must_be_an_int():
    assert difference(5, 5) is None
    assert "int" in difference(5.0, 5)
    assert "int" in difference(True, 1)


def test_bool_must_be_a_bool():
    assert difference(True, True) is None
    assert "bool" in difference(1, True)


def test_nested_differences_name_the_place():
    expected = {"statusCode": 200, "headers": {"Content-Type": "application/json"}}
    got = {"statusCode": 200, "headers": {"Content-Type": "text/plain"}}
    assert "['headers']['Content-Type']" in difference(got, expected)
    assert "no key 'headers'" in difference({"statusCode": 200}, expected)
    assert "unexpected key 'x'" in difference({**expected, "x": 1}, expected)


def test_sequences_keep_their_kind_and_length():
    assert difference((256, 512), (256, 512)) is None
    assert "tuple" in difference([256, 512], (256, 512))
    assert "items" in difference([1], [1, 2])
    assert "[1]" in difference([1, 3], [1, 2])


def test_sets_say_what_is_missing_and_extra():
    assert difference({"a", "b"}, {"b", "a"}) is None
    text = difference({"a", "c"}, {"a", "b"})
    assert "missing ['b']" in text and "should not contain ['c']" in text
    assert "set" in difference(["a"], {"a"})


def test_nan_equals_nan_only():
    assert difference(math.nan, math.nan) is None
    assert difference(1.0, math.nan) is not None


# --- check, call, check_raises: the messages a learner reads ---------------------------

def test_check_passes_and_returns_the_result():
    assert check(add, (2, 3), 5) == 5


def test_check_failure_says_input_expected_got_and_hint():
    with pytest.raises(AssertionError) as info:
        check(add, (2, 3), 6, hint="add them")
    text = str(info.value)
    assert text.splitlines()[0] == "add(2, 3)"
    assert "expected: 6" in text and "got:      5" in text and "hint:     add them" in text


def test_learner_exception_becomes_a_readable_assertion():
    def broken(x):
        return 1 / x

    with pytest.raises(AssertionError) as info:
        check(broken, (0,), 1.0)
    assert "broken(0)" in str(info.value)
    assert "got:      ZeroDivisionError: division by zero" in str(info.value)
    assert info.value.__context__ is None, "no grader traceback chained to the message"


def test_learner_cannot_change_the_graders_input():
    def mutate(items):
        items.append(99)
        return len(items)

    data = [1, 2]
    call(mutate, (data,))
    assert data == [1, 2]


def test_check_raises():
    def strict(x):
        if x < 0:
            raise ValueError("negative")
        return x

    check_raises(strict, (-1,))
    with pytest.raises(AssertionError, match="expected: ValueError raised\n  got:      returned 1"):
        check_raises(strict, (1,))
    with pytest.raises(AssertionError, match="got:      TypeError"):
        check_raises(strict, ("a",))


def test_keyword_arguments_are_shown():
    with pytest.raises(AssertionError, match=r"add\(1, b=2\)"):
        check(add, (1,), 4, {"b": 2})


# --- require_function ------------------------------------------------------------------

def test_require_function_finds_and_checks_the_signature():
    assert require_function({"add": add}, "add", ["a", "b"]) is add
    with pytest.raises(AssertionError, match="No function named sub"):
        require_function({"add": add}, "sub")
    with pytest.raises(AssertionError, match="should be a function"):
        require_function({"add": 3}, "add")
    with pytest.raises(AssertionError, match=r"parameters \(a, c\)"):
        require_function({"add": add}, "add", ["a", "c"])


def test_require_function_accepts_star_args():
    def anything(*args, **kwargs):
        return None

    assert require_function({"f": anything}, "f", ["a", "b"]) is anything


# --- the watchdog ----------------------------------------------------------------------

SHORT = 300_000   # steps: a short budget keeps these tests quick


def _run(code, steps=SHORT, seconds=None):
    start_watchdog(steps, seconds=seconds)
    try:
        exec(compile(code, "<exec>", "exec"), {})
    finally:
        stop_watchdog()


# Runaway loops written on one line, each shape the watchdog classifies (its design notes):
# tests/browser/test_watchdog_shapes.py runs them in Pyodide too.
ONE_LINE_RUNAWAYS = [
    "while 1: pass",
    "while True: ...",
    "while True: continue",
    "while not False: pass",
    "while True: x = 1",
    "x = 1\nwhile x: x = 2",
    "try:\n    while True: pass\nfinally:\n    pass",
    "from itertools import count\nx = [i for i in count() if i < 0]",
    "from itertools import count\nx = {i: 1 for i in count() if i < 0}",
    "from itertools import count\nx = {i for i in count() if i < 0}",
    "from itertools import count\nx = any(i < 0 for i in count())",
    "from itertools import count\nx = sum(1 for i in count() if i < 0)",
    "from itertools import count\nx = [[j for j in range(2)] for i in count()]",
    "def g():\n    yield from iter(int, 1)\nx = sum(g())",
    "def g():\n    while True: yield 1\nx = sum(g())",
    "x = [0] * 3\nwhile x: x[0] = 1",
    "import itertools\nfor i in itertools.count(): pass",
]


@pytest.mark.parametrize("code", [
    "while True: pass",
    "def f():\n    while True:\n        pass\nf()",
    "while True:\n    try:\n        pass\n    except Exception:\n        pass",
    "def f(n):\n    return f(n) if n < 0 else g(n)\ndef g(n):\n    while n >= 0:\n        n = n + 1 - 1\nf(3)",
    # Each kind of loop the watchdog traces differently (see its design notes):
    "for i in iter(int, 1): pass",
    "x = [0 for _ in iter(int, 1)]",
    "def f():\n    return sum(1 for _ in iter(int, 1))\nf()",
    "x = next(y for y in iter(int, 1) if y)",
    "x = list(y for x in iter(int, 1) for y in ())",
    "i = 0\nwhile True:\n    i += 1",
    # One-line loops: line events at each backward jump, opcodes for a jump to itself.
    *ONE_LINE_RUNAWAYS,
    # No loop at all: runaway recursion, stopped on calls.
    "def f(n):\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\nf(60)",
])
def test_watchdog_stops_runaway_code(code):
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded,
                       match=r"more than 300,000 steps of Python, .* is there an infinite loop\?"):
        _run(code)
    assert time.monotonic() - started < 5
    assert sys.gettrace() is None


def test_watchdog_lets_quick_code_finish_and_leaves_files_alone():
    _run("total = sum(i for i in range(100_000))", steps=5_000_000)


def test_the_budget_counts_steps_not_seconds():
    # The same code stops at the same step whatever the speed of the machine: the count of
    # trace events at which it stopped is the budget, every time.
    from awsgrader import watchdog

    for _ in range(3):
        with pytest.raises(TimeLimitExceeded):
            _run("i = 0\nwhile True:\n    i += 1", steps=50_000)
        assert watchdog._stopped_at[0] == 50_001


def test_a_wall_clock_backstop_stops_code_whose_steps_are_slow():
    # Few events, each slow: the budget is far away, the backstop is not.
    slow = "while True:\n    x = sum(range(20_000))"
    with pytest.raises(TimeLimitExceeded, match=r"more than 0.3 s — is there an infinite loop"):
        _run(slow, steps=10**12, seconds=0.3)


def test_watchdog_traces_each_code_the_cheapest_safe_way():
    from awsgrader import watchdog

    def kind(src, name=None):
        code = compile(src, "<exec>", "exec")
        if name:
            code = next(c for c in code.co_consts if getattr(c, "co_name", None) == name)
        return watchdog._tracing_for(code)

    assert kind("x = 1\ny = x + 1") is None
    assert kind("def f(a):\n    return a * 2", "f") is None
    assert kind("while True: pass") == "opcodes"
    assert kind("def f():\n    while True: pass", "f") == "opcodes"
    assert kind("def f(n):\n    while n:\n        n -= 1\n        print(n)", "f") == "lines"
    assert kind("g = (x * 2 for x in range(3))", "<genexpr>") is None   # resumed each turn
    assert kind("def g(a):\n    for x in a:\n        yield x", "g") is None
    # A backward jump emits a line event, even to the same line (CPython 3.11's ceval.c):
    assert kind("g = (x for x in range(3) if x)", "<genexpr>") == "lines"
    assert kind("g = (x or 1 for x in range(3))", "<genexpr>") == "lines"
    assert kind("g = [x for x in range(3)]", "<listcomp>") == "lines"
    assert kind("g = {x: 1 for x in range(3)}", "<dictcomp>") == "lines"
    assert kind("while x: x -= 1") == "lines"
    # ... but not a jump to itself, nor back to a `yield from`'s SEND:
    assert kind("while 1: pass") == "opcodes"
    assert kind("while True: ...") == "opcodes"
    assert kind("def g():\n    yield from range(3)", "g") == "opcodes"


def test_watchdog_is_not_caught_by_except_exception():
    assert not issubclass(TimeLimitExceeded, Exception)


def test_each_section_gets_the_whole_budget():
    busy = "i = 0\nwhile i < 20_000:\n    i += 1\n"   # about 60 % of the budget
    start_watchdog(70_000)
    try:
        for _ in range(3):  # three sections: like editor, tests, secrets
            exec(compile(busy, "<exec>", "exec"), {})
    finally:
        stop_watchdog()


def test_exec_from_learner_code_does_not_restart_the_clock():
    code = ("import time\nend = time.monotonic() + 0.6\n"
            "while True:\n    exec('x = 1')\n")
    with pytest.raises(TimeLimitExceeded):
        _run(code)


# --- the watchdog is off while the grader works, on while learner code runs ---------------

def _learner(src, name):
    """A learner's function, compiled as the editor's code is."""
    namespace = {}
    exec(compile(src, "<exec>", "exec"), namespace)
    return namespace[name]


def _graded(src, name, namespace):
    """An exercise's function marked as grading code (as a hidden-test section does)."""
    from awsgrader import grading_code

    exec(compile(src, "<exec>", "exec"), namespace)
    return grading_code(namespace[name])


def test_grading_code_runs_untraced_and_learner_calls_are_watched():
    from awsgrader import watchdog

    seen = []
    hidden = _graded(
        "def hidden(fn):\n"
        "    seen.append(__import__('sys').gettrace())\n"
        "    total = 0\n"
        "    for i in range(1000):\n"
        "        total += i\n"
        "    return check(fn, (2,), 4)\n",
        "hidden", {"seen": seen, "check": check})
    double = _learner("def double(n):\n    seen.append(__import__('sys').gettrace())\n"
                      "    return 2 * n", "double")
    double.__globals__["seen"] = seen
    start_watchdog()
    try:
        armed = sys.gettrace()
        assert hidden(double) == 4
        # In the grader: the tripwire the tests put in place of "off"; in the learner's
        # function: the watchdog; and armed again once the grader is done.
        assert seen[0] is watchdog._tripwire and seen[1] is armed
        assert sys.gettrace() is armed
    finally:
        stop_watchdog()


def test_a_runaway_learner_function_is_still_stopped_from_grading_code():
    loops = _learner("def f(n):\n    while True:\n        pass", "f")
    hidden = _graded("def hidden(fn):\n    return check(fn, (1,), 1)", "hidden", {"check": check})
    start_watchdog(SHORT)
    try:
        with pytest.raises(AssertionError, match=r"f\(1\)\n  got: .*more than 300,000 steps"):
            hidden(loops)
        # It fired once: nothing switches it back on.
        assert sys.gettrace() is None
    finally:
        stop_watchdog()


def test_the_watchdog_stays_on_after_a_result_that_is_not_plain():
    # A generator (or any object of the learner's) can run learner code when the grader
    # compares it or iterates it: the watchdog must still be on then.
    endless = _learner("def f(n):\n    i = 0\n    while True:\n        i += 1\n"
                       "        yield i", "f")
    hidden = _graded("def hidden(fn):\n    return list(learner_call(fn, 1))", "hidden",
                     {"learner_call": __import__("awsgrader").learner_call})
    start_watchdog(SHORT)
    try:
        with pytest.raises(AssertionError, match="is there an infinite loop"):
            hidden(endless)
    finally:
        stop_watchdog()


def test_a_grader_that_calls_learner_code_directly_trips_the_wire():
    from awsgrader.watchdog import UnwatchedLearnerCode

    double = _learner("def double(n):\n    return 2 * n", "double")
    hidden = _graded("def hidden(fn):\n    return fn(2)", "hidden", {})
    start_watchdog()
    try:
        with pytest.raises(UnwatchedLearnerCode, match="double"):
            hidden(double)
    finally:
        stop_watchdog()


def test_plain_values_are_only_built_in_ones():
    from decimal import Decimal

    from awsgrader.watchdog import _plain

    class Mine(dict):
        pass

    assert _plain({"a": [1, 2.5, (None, True)], 3: {"b"}, "c": Decimal("1.5")})
    assert not _plain({"a": Mine()})
    assert not _plain([iter([])])
    assert not _plain(x for x in ())


def test_editor_names_leave_out_grading_helpers_but_keep_exercise_classes():
    from awsgrader import grading_code
    from site_macros.editor_names import _grading_machinery

    @grading_code
    def helper():
        pass

    @grading_code
    class FakeService:
        pass

    assert _grading_machinery(helper)
    assert not _grading_machinery(FakeService)


def test_pmt_helpers_are_compiled_once_and_run_with_the_watchdog_paused(monkeypatch):
    # awsgrader.pmt.run_helper stands in for pyodide.runPython for PMT's own helpers
    # (docs/assets/speed.js). Pyodide's CodeRunner, faked here, is what eval_code uses.
    import types

    from awsgrader import pmt, watchdog

    compiled, traces = [], []

    class CodeRunner:
        def __init__(self, source):
            self.source = source

        def compile(self):
            compiled.append(self.source)
            self.code = compile(self.source, "<exec>", "exec")
            return self

        def run(self, globals):
            traces.append(sys.gettrace())
            exec(self.code, globals)
            return globals.get("result")

    fake = types.ModuleType("pyodide.code")
    fake.CodeRunner = CodeRunner
    monkeypatch.setitem(sys.modules, "pyodide", types.ModuleType("pyodide"))
    monkeypatch.setitem(sys.modules, "pyodide.code", fake)
    monkeypatch.setattr(pmt, "_runners", {})
    # PMT's helpers are compiled from strings, like learner code: no tripwire here, as in
    # the browser.
    monkeypatch.setattr(watchdog, "TRIPWIRE", False)
    namespace = {}
    start_watchdog()
    try:
        armed = sys.gettrace()
        assert pmt.run_helper("result = 1 + 1", namespace) == 2
        assert pmt.run_helper("result = 1 + 1", namespace) == 2
        with pytest.raises(ZeroDivisionError):
            pmt.run_helper("1 / 0", namespace)
        assert compiled == ["result = 1 + 1", "1 / 0"]          # once per text
        assert traces == [None] * 3                             # paused while they ran
        assert sys.gettrace() is armed and not watchdog._paused  # and armed again after
    finally:
        stop_watchdog()


@pytest.mark.parametrize(("got", "expected", "same"), [
    ([["a", "b"], ["c"]], [["a", "b"], ["c"]], True),
    ({"a": (1, 2.5, None), "b": {1, 2}}, {"b": {1, 2}, "a": (1, 2.5, None)}, True),
    ([1, 2], [1.0, 2], False),          # an int for a float: difference() accepts it
    (0.1 + 0.2, 0.3, False),            # within the tolerance: difference() accepts it
    ([True], [1], False),               # a bool for an int: difference() refuses it
    ((1, 2), [1, 2], False),
    ({"a": 1}, {"a": 1, "b": 2}, False),
    ({"a": 1, "c": 2}, {"a": 1, "b": 2}, False),
    (frozenset({1}), {1}, False),
    (float("nan"), float("nan"), False),
])
def test_the_exact_match_shortcut_agrees_with_difference(got, expected, same):
    from awsgrader.checks import _same

    assert _same(got, expected) is same
    if same:
        assert difference(got, expected) is None


def test_sets_print_in_a_stable_order():
    with pytest.raises(AssertionError, match=r"expected: \{'a', 'b', 'c'\}"):
        check(lambda: {"a"}, (), {"c", "b", "a"})


# --- rounding and hints that depend on the result (issue 14, item 1) -------------------

def test_a_result_rounded_to_cents_is_told_not_to_round():
    def rounded(x):
        return round(x * 1.00047, 2)

    with pytest.raises(AssertionError) as info:
        check(rounded, (1.414,), 1.414 * 1.00047, hint="Requests cost $0.20 per million.")
    text = str(info.value)
    assert "rounded to 2 decimal places" in text
    assert "hint:     don't round: return the unrounded amount" in text
    assert "Requests cost" not in text, "the case's hint names a cause that was not checked"


@pytest.mark.parametrize(("got", "places"), [(1.41, 2), (1.4146, 4), (Decimal("1.41"), 2),
                                             (1.414571, 6)])
def test_rounded_places(got, places):
    from awsgrader import rounded_places
    assert rounded_places(got, 1.41457123) == places


@pytest.mark.parametrize("got", [1.41457123, 1.5, 1.4, 1, "1.41", None, True])
def test_rounded_places_ignores_right_and_other_wrong_results(got):
    from awsgrader import rounded_places
    assert rounded_places(got, 1.41457123) is None
    assert rounded_places(2, 2) is None, "only an expected float can be rounded"
    assert rounded_places(0.0, 0.0001234) is None, "0 comes from many other mistakes"


def test_an_expected_value_with_two_decimals_still_gets_the_case_hint():
    with pytest.raises(AssertionError) as info:
        check(add, (1, 0.5), 1.25, hint="add them")
    assert "hint:     add them" in str(info.value)
    assert "round" not in str(info.value)


def test_a_callable_hint_sees_the_result_and_may_say_nothing():
    seen = []

    def diagnose(got):
        seen.append(got)
        return "you subtracted" if got == -1 else None

    with pytest.raises(AssertionError) as info:
        check(lambda a, b: a - b, (1, 2), 3, hint=diagnose)
    assert seen == [-1] and "hint:     you subtracted" in str(info.value)
    with pytest.raises(AssertionError) as info:
        check(lambda a, b: a * b, (1, 2), 3, hint=diagnose)
    assert "hint" not in str(info.value)
    assert check(add, (1, 2), 3, hint=diagnose) == 3 and seen == [-1, 2]


def test_a_callable_hint_is_not_shown_when_the_learner_code_raises():
    def broken(x):
        raise KeyError(x)

    with pytest.raises(AssertionError) as info:
        check(broken, (1,), 2, hint=lambda got: "never called")
    assert "never called" not in str(info.value) and "KeyError" in str(info.value)


@pytest.mark.parametrize(("got", "expected"), [([1, 2], (1, 2)), (1.0, 1), ({"id": "a"}, "a"),
                                               (None, "a"), (1, True), ({}, set())])
def test_a_result_of_the_wrong_kind_gets_no_case_hint(got, expected):
    with pytest.raises(AssertionError) as info:
        check(lambda: got, (), expected, hint="Exactly the minimum fits (>=, not >).")
    text = str(info.value)
    assert "should be" in text and "hint" not in text


@pytest.mark.parametrize(("got", "expected"), [(2, 1.5), (Decimal("1"), 1.5), ((1, 3), (1, 2)),
                                               ("b", "a"), (False, True)])
def test_a_result_of_the_right_kind_keeps_the_case_hint(got, expected):
    from awsgrader import kind_mismatch
    assert not kind_mismatch(got, expected)
    with pytest.raises(AssertionError, match="hint:     look here"):
        check(lambda: got, (), expected, hint="look here")


# --- diagnose: a hint belongs to the property a detector confirms ----------------------

from awsgrader import Diagnosis, Property, bound_check  # noqa: E402


def _doubling_mistakes():
    return Diagnosis(
        Property("adds-not-multiplies", "double(x) is x * 2", "Multiply by 2.",
                 detect=lambda case: case.got == case.args[0] + 2),
        Property("returns-a-number", "the result is a number", "Return a number, not text.",
                 detect=lambda case: isinstance(case.got, str) and "expected" not in case.got),
        Property("positive-only", "double rejects a negative x", "Raise ValueError for x < 0.",
                 detect=lambda case: case.raises is ValueError and case.returned),
    )


def test_a_property_speaks_only_when_its_detector_fires():
    mistakes = _doubling_mistakes()

    def adds(x):
        return x + 2

    with pytest.raises(AssertionError) as info:
        check(adds, (3,), 6, diagnose=mistakes, hint="ignored when a property speaks")
    lines = str(info.value).splitlines()
    assert lines[0] == "adds(3)"
    assert "  check:    adds-not-multiplies: double(x) is x * 2" in lines
    assert lines[-1] == "  hint:     Multiply by 2."

    def off_by_one(x):
        return x * 2 + 1

    with pytest.raises(AssertionError) as info:
        check(off_by_one, (3,), 6, diagnose=mistakes)
    text = str(info.value)
    assert "why:" in text and "check:" not in text and "hint:" not in text, text


def test_a_detector_text_says_what_it_found_and_a_crash_is_silent():
    mistakes = Diagnosis(Property("p", "rule", "Do this.", detect=lambda case: "found it"),
                         Property("q", "rule 2", "Other.", detect=lambda case: 1 / 0))
    with pytest.raises(AssertionError, match=r"hint:     Do this. \(found it\)"):
        check(add, (1, 1), 3, diagnose=mistakes)
    with pytest.raises(AssertionError) as info:
        check(add, (1, 1), 3, diagnose=mistakes.only("q"))
    assert "check:" not in str(info.value)


def test_check_raises_and_exceptions_reach_the_detectors():
    mistakes = _doubling_mistakes()
    with pytest.raises(AssertionError) as info:
        check_raises(lambda x: x * 2, (-1,), diagnose=mistakes, why="x is negative")
    text = str(info.value)
    assert "why:      x is negative" in text and "check:    positive-only" in text

    seen = []
    spy = Diagnosis(Property("spy", "r", "h", detect=lambda case: seen.append(case)))
    with pytest.raises(AssertionError):
        check(lambda x: 1 / x, (0,), 1.0, diagnose=spy)
    assert isinstance(seen[0].error, ZeroDivisionError) and not seen[0].returned


def test_a_detector_can_probe_the_learners_function():
    mistakes = Diagnosis(Property(
        "p", "rule", "h", detect=lambda case: case.probe(10) == ("ok", 12)))

    def adds(x):
        return x + 2

    with pytest.raises(AssertionError, match="check:    p: rule"):
        check(adds, (3,), 6, diagnose=mistakes)


def test_two_mistakes_never_share_a_message():
    with pytest.raises(ValueError, match="same id"):
        Diagnosis(Property("a", "r1", "h1", bool), Property("a", "r2", "h2", bool))
    with pytest.raises(ValueError, match="same hint"):
        Diagnosis(Property("a", "r1", "h", bool), Property("b", "r2", "h", bool))


def test_bound_check_is_the_public_tests_helper():
    check_, check_raises_ = bound_check(_doubling_mistakes())
    with pytest.raises(AssertionError, match="adds-not-multiplies"):
        check_(lambda x: x + 2, (3,), 6)
    with pytest.raises(AssertionError, match="positive-only"):
        check_raises_(lambda x: x, (-1,))


def test_values_print_as_python_shows_them():
    with pytest.raises(AssertionError) as info:
        check(lambda: set(), (), {"a"})
    assert "got:      set()" in str(info.value)
    with pytest.raises(AssertionError) as info:
        check(lambda: frozenset({"b", "a"}), (), {"a"})
    assert "got:      frozenset({'a', 'b'})" in str(info.value)


# --- beginner slips: one plain-words line first, the usual message after ---------------

def _message(fn, *args, expected=None, **kwargs):
    with pytest.raises(AssertionError) as info:
        check(fn, args, expected, kwargs)
    return str(info.value)


def test_forgotten_return_says_so_first():
    def cost(n):
        n * 2

    text = _message(cost, 3, expected=6)
    assert text.splitlines()[0] == "Your function returned None: did you forget `return`?"
    assert text.splitlines()[1] == "cost(3)" and "got:      None" in text


def test_printing_instead_of_returning_says_so_first():
    def cost(n):
        print(n * 2)

    first = _message(cost, 3, expected=6).splitlines()[0]
    assert first.startswith("Your function printed '6' but returned None")
    assert "`return`" in first


def test_none_expected_is_not_a_slip():
    def nothing():
        return None

    assert check(nothing, (), None) is None


def test_number_as_text_says_so_first():
    def cost(n):
        return str(n * 2)

    text = _message(cost, 6, expected=12)
    assert text.splitlines()[0].startswith("Your function returned the text '12' instead of a number")
    assert "should be an int, not a str" in text
    text = _message(cost, 0.5, expected=1.0)
    assert "the text '1.0' instead of a number" in text.splitlines()[0]


def test_text_expected_is_not_a_number_slip():
    def name():
        return "x"

    assert "instead of a number" not in _message(name, expected="y")


def test_wrong_number_of_arguments_is_explained():
    def cost(requests, price, extra):
        return requests * price

    text = _message(cost, 1, 2, expected=2)
    assert text.splitlines()[0].startswith("cost takes 3 parameters (requests, price, extra), "
                                           "but it is called with 2 values")
    assert "TypeError" in text


def test_type_error_inside_the_function_is_not_an_arity_slip():
    def cost(requests):
        return len(requests, 2)  # noqa: the learner's own bug, not the def line

    text = _message(cost, [1], expected=2)
    assert text.splitlines()[0] == "cost([1])"


def test_misspelt_name_is_explained_with_a_suggestion():
    def cost(requests):
        total = requests * 2
        return totl  # noqa: F821 - the slip under test

    first = _message(cost, 1, expected=2).splitlines()[0]
    assert first.startswith("The name totl is not defined: check the spelling")
    assert "did you mean total?" in first


def test_slips_are_explained_by_check_raises_too():
    def strict(x):
        if x < 0:
            raise ValueErorr("negative")  # noqa: F821 - the slip under test
        return x

    with pytest.raises(AssertionError) as info:
        check_raises(strict, (-1,))
    assert str(info.value).startswith("The name ValueErorr is not defined")
    assert "did you mean ValueError?" in str(info.value)

    def two(a, b):
        raise TypeError("never reached")

    with pytest.raises(AssertionError, match="^two takes 2 parameters"):
        check_raises(two, (1,), exc_type=TypeError)


def test_require_function_counts_parameters_in_plain_words():
    def add3(a, b, c):
        return a + b + c

    with pytest.raises(AssertionError) as info:
        require_function({"add": add3}, "add", ["a", "b"])
    lines = str(info.value).splitlines()
    assert lines[0].startswith("add takes 3 parameters (a, b, c), but it is called with 2 values")
    assert "should accept the parameters (a, b)" in lines[1]


def test_printed_output_of_learner_code_does_not_leak(capsys):
    def loud(x):
        print("debug", x)
        return x

    check(loud, (1,), 1)
    assert capsys.readouterr().out == ""


def test_fail_adds_the_plain_line_for_graders_with_their_own_comparison():
    from awsgrader import fail, learner_call

    def throttle(times, rate, burst):
        [200 for _ in times]

    learner_call(throttle, [0], 1, 1)
    with pytest.raises(AssertionError) as info:
        fail("throttle([0], 1, 1)", "[200]", "None")
    assert str(info.value).startswith("Your function returned None: did you forget `return`?")

    def throttle(times, rate, burst):
        if times:
            return [200 for _ in times]

    learner_call(throttle, [], 1, 1)
    with pytest.raises(AssertionError) as info:   # it returns values: no guessed cause
        fail("throttle([], 1, 1)", "[]", "None")
    assert str(info.value).startswith("throttle([], 1, 1)")
    with pytest.raises(AssertionError) as info:
        fail("f(1)", "2", "NameError: name 'totl' is not defined")
    assert str(info.value).startswith("The name totl is not defined: check the spelling")
    with pytest.raises(AssertionError) as info:
        fail("f(1)", "None", "None")  # expected None: nothing to explain
    assert str(info.value).startswith("f(1)")


# --- unreadable code: a plain-words line before Python's own message (Pyodide) ---------

@pytest.mark.parametrize(("code", "words"), [
    ("def f(x):\nreturn x\n", "line 2 should be indented"),
    ("def f(x):\n    y = x\n      return y\n", "line 3 is indented more than the line above"),
    ("def f(x):\n        y = x\n    return y\n", "does not line up"),
    ("def f(x)\n    return x\n", "at line 1 (expected ':')"),
    ("x = (1,\n", "missing `:`, bracket or quote"),
])
def test_syntax_errors_get_a_plain_words_line_first(code, words, capsys):
    from awsgrader import syntax_help

    namespace = {}
    assert syntax_help.install(namespace) is True
    assert syntax_help.install(namespace) is False, "installed once"
    with pytest.raises(SyntaxError) as info:
        namespace["compile"](code, "<exec>", "exec")
    printed = capsys.readouterr().out
    assert words in printed and printed.startswith("Python could not read your code")
    assert info.type.__name__ in ("SyntaxError", "IndentationError"), "the same error is re-raised"


def test_syntax_help_leaves_other_code_alone(capsys):
    from awsgrader import syntax_help

    namespace = {}
    syntax_help.install(namespace)
    assert namespace["compile"]("x = 1", "<exec>", "exec")
    with pytest.raises(SyntaxError):
        namespace["compile"]("x = (", "<pmt-internal>", "exec")
    assert capsys.readouterr().out == ""
    assert syntax_help.install() is False, "outside Pyodide nothing is patched"


# --- what a passing check does not pay for (issue 22) -----------------------------------

def test_a_passing_check_formats_no_label_and_a_failing_one_does():
    calls = []

    def label():
        calls.append(1)
        return "double(2)  # a label of the test's own"

    def double(x):
        return x * 2

    assert check(double, (2,), 4, label=label) == 4
    assert calls == []
    with pytest.raises(AssertionError) as failed:
        check(double, (2,), 5, label=label)
    assert str(failed.value).startswith("double(2)  # a label of the test's own\n")
    assert "expected: 5" in str(failed.value) and calls == [1]
    # The default label names the call with the arguments as given, after the call too.
    with pytest.raises(AssertionError, match=r"^<lambda>\(\[1, 2\]\)\n"):
        check(lambda xs: xs.append(3) or xs, ([1, 2],), [1, 2], label=None)


def test_fresh_copy_gives_what_deepcopy_gives():
    import copy
    import datetime

    from awsgrader import fresh_copy

    shared = [1, {"a": [2, 3]}]
    when = datetime.datetime(2026, 12, 2, tzinfo=datetime.timezone.utc)

    class Box:
        def __init__(self, items):
            self.items = items

    value = {"one": shared, "two": shared, "t": (shared, 4), "s": {1, 2}, "f": frozenset({"x"}),
             "when": when, "box": Box([5]), "d": Decimal("0.1"), "q": Fraction(1, 3),
             ("k", 1): None}
    for fresh in (fresh_copy(value), copy.deepcopy(value)):
        assert {k: v for k, v in fresh.items() if k != "box"} == {
            k: v for k, v in value.items() if k != "box"}
        assert fresh["one"] is fresh["two"] and fresh["t"][0] is fresh["one"]
        assert fresh["one"] is not shared and fresh["one"][1]["a"] is not shared[1]["a"]
        assert fresh["box"] is not value["box"] and fresh["box"].items == [5]
        assert fresh["box"].items is not value["box"].items
    # A learner's function that changes what it was given changes a copy only.
    check(lambda d: d["one"].clear() or 0, (value,), 0)
    assert value["one"] == [1, {"a": [2, 3]}]


def test_a_result_of_plain_values_is_compared_in_one_go():
    # _same reads the items' types first: an int for a float, a bool for an int, a str
    # subclass are still told apart.
    from awsgrader.checks import _same

    class Text(str):
        pass

    assert _same(["a", "b"], ["a", "b"]) and _same([1, [2.5]], [1, [2.5]])
    assert not _same([1], [1.0]) and not _same([True], [1]) and not _same([Text("a")], ["a"])
    assert not _same(["a"], ["a", "b"]) and not _same([[1]], [[1.0]])
