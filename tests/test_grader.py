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

def _run(code, seconds=0.3):
    start_watchdog(seconds)
    try:
        exec(compile(code, "<exec>", "exec"), {})
    finally:
        stop_watchdog()


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
    # No loop at all: runaway recursion, stopped on calls.
    "def f(n):\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\nf(60)",
])
def test_watchdog_stops_runaway_code(code):
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded, match=r"more than 0.3 s — is there an infinite loop\?"):
        _run(code)
    assert time.monotonic() - started < 5
    assert sys.gettrace() is None


def test_watchdog_lets_quick_code_finish_and_leaves_files_alone():
    _run("total = sum(i for i in range(100_000))", seconds=5)


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
    assert kind("g = (x for x in range(3) if x)", "<genexpr>") == "opcodes"
    assert kind("g = (x or 1 for x in range(3))", "<genexpr>") == "opcodes"
    assert kind("g = [x for x in range(3)]", "<listcomp>") == "opcodes"


def test_watchdog_is_not_caught_by_except_exception():
    assert not issubclass(TimeLimitExceeded, Exception)


def test_each_section_gets_the_whole_time():
    busy = "import time\nend = time.monotonic() + 0.6\nwhile time.monotonic() < end:\n    pass\n"
    start_watchdog(1.0)
    try:
        for _ in range(3):  # 1.8 s in all, 0.6 s per section: like editor, tests, secrets
            exec(compile(busy, "<exec>", "exec"), {})
    finally:
        stop_watchdog()


def test_exec_from_learner_code_does_not_restart_the_clock():
    code = ("import time\nend = time.monotonic() + 0.6\n"
            "while True:\n    exec('x = 1')\n")
    with pytest.raises(TimeLimitExceeded):
        _run(code, seconds=0.3)


def test_sets_print_in_a_stable_order():
    with pytest.raises(AssertionError, match=r"expected: \{'a', 'b', 'c'\}"):
        check(lambda: {"a"}, (), {"c", "b", "a"})
