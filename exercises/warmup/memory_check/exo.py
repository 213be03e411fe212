# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.codefacts import joins_with_and as _joins_with_and
from awsgrader.facts import awslambda as _facts

# The memory a Lambda function may have, in MB.
MIN_MEMORY_MB, MAX_MEMORY_MB = _facts.MEMORY_MB
del _facts

start_watchdog()


@grading_code
def _memory_mistakes():
    # For a valid size, a detector reads what the learner's function did with it and calls
    # the function again next to the limit; for a size out of range, it reads from the size
    # which limit it breaks and speaks only when the function returned instead of raising,
    # or raised another error than ValueError.
    low, high = MIN_MEMORY_MB, MAX_MEMORY_MB

    def valid(case):
        return case.raises is None and low <= case.args[0] <= high

    def accepts(case, size):
        return case.probe(size) == ("ok", size)

    def refuses(case, size):
        found = case.probe(size)
        return found[0] == "error" and isinstance(found[1], ValueError)

    def refuses_limit(limit, inside):
        def detect(case):
            return (valid(case) and case.args[0] == limit and case.raised(ValueError)
                    and accepts(case, inside))
        return detect

    def refuses_valid(case):
        return valid(case) and case.raised(ValueError) and f"it refuses {case.args[0]}"

    def changes_valid(case):
        return (valid(case) and case.returned and case.got != case.args[0]
                and f"it returns {case.got!r} for {case.args[0]}")

    def passes_through(case, side):
        size = case.args[0]
        if case.raises is not ValueError or not case.returned or case.got != size:
            return False
        below, above = refuses(case, low - 1), refuses(case, high + 1)
        if side == "below":
            return size < low and above and not below
        if side == "above":
            return size > high and below and not above
        return not below and not above

    def returns_instead(case):
        return (case.raises is ValueError and case.returned and case.got != case.args[0]
                and f"it returns {case.got!r} for {case.args[0]}")

    def other_error(case):
        # Another error than ValueError, raised by the function's own code (not by a call
        # inside it), while the function returns a valid size as it should: raised on purpose.
        error = case.error
        if case.raises is not ValueError or error is None or isinstance(error, NameError):
            return False
        tb = error.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return (tb.tb_frame.f_code is getattr(case.fn, "__code__", None)
                and accepts(case, low) and f"it raises {type(error).__name__}")

    return Diagnosis(
        Property("minimum-is-allowed", "MIN_MEMORY_MB itself is a valid size",
                 "Your function refuses MIN_MEMORY_MB but accepts the size just above: the "
                 "limit itself is allowed. Refuse only what is smaller: `<`, not `<=`.",
                 refuses_limit(low, low + 1)),
        Property("maximum-is-allowed", "MAX_MEMORY_MB itself is a valid size",
                 "Your function refuses MAX_MEMORY_MB but accepts the size just below: the "
                 "limit itself is allowed. Refuse only what is larger: `>`, not `>=`.",
                 refuses_limit(high, high - 1)),
        Property("valid-size-accepted", "a size from MIN_MEMORY_MB to MAX_MEMORY_MB is valid",
                 "This size is between MIN_MEMORY_MB and MAX_MEMORY_MB: compare with those two "
                 "names from the editor, and refuse only a size below the first or above "
                 "the second.",
                 refuses_valid),
        Property("valid-size-returned", "a valid size is returned unchanged",
                 "For a valid size, return memory_mb itself, the number you were given (not "
                 "True, not a message).",
                 changes_valid),
        Property("below-minimum-refused", "a size below MIN_MEMORY_MB raises ValueError",
                 "Your function refuses sizes above MAX_MEMORY_MB but lets through those "
                 "below MIN_MEMORY_MB: raise ValueError when memory_mb < MIN_MEMORY_MB too.",
                 lambda case: passes_through(case, "below")),
        Property("above-maximum-refused", "a size above MAX_MEMORY_MB raises ValueError",
                 "Your function refuses sizes below MIN_MEMORY_MB but lets through those "
                 "above MAX_MEMORY_MB: raise ValueError when memory_mb > MAX_MEMORY_MB too.",
                 lambda case: passes_through(case, "above")),
        Property("out-of-range-refused", "a size outside the limits raises ValueError",
                 "Your function lets through sizes below MIN_MEMORY_MB and above "
                 "MAX_MEMORY_MB alike: raise ValueError when memory_mb < MIN_MEMORY_MB or "
                 "memory_mb > MAX_MEMORY_MB (joined with `or`: a size cannot be below and "
                 "above at once).",
                 lambda case: passes_through(case, "both"), requires=_joins_with_and),
        # The same sizes let through by code without `and` (a print instead of raise...).
        Property("no-size-out-of-range", "a size outside the limits raises ValueError",
                 "Your function lets through sizes below MIN_MEMORY_MB and above "
                 "MAX_MEMORY_MB alike, returning them as if they were valid: raise "
                 "ValueError when memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB.",
                 lambda case: passes_through(case, "both")),
        Property("raise-do-not-return", "a size out of range raises an error, it returns "
                 "nothing",
                 "For a size out of range, `raise ValueError(...)` instead of returning: a "
                 "returned message or flag would be taken for a valid size.",
                 returns_instead),
        Property("a-valueerror", "the error raised is a ValueError",
                 "Raise ValueError(...), Python's error for a value of the right kind but "
                 "wrong: not another kind of error.",
                 other_error),
    )


_MEMORY_MISTAKES = _memory_mistakes()
check, check_raises = bound_check(_MEMORY_MISTAKES)
del _memory_mistakes

# --- PYODIDE:code --- #
def check_memory(memory_mb):
    ...

# --- PYODIDE:corr --- #
def check_memory(memory_mb):
    if memory_mb < MIN_MEMORY_MB or memory_mb > MAX_MEMORY_MB:
        raise ValueError(f"memory must be {MIN_MEMORY_MB} to {MAX_MEMORY_MB} MB")
    return memory_mb

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
check(check_memory, (512,), 512)
# Too little memory must raise ValueError.
check_raises(check_memory, (64,), exc_type=ValueError, why="64 MB is below MIN_MEMORY_MB")

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts.awslambda import MEMORY_MB

    low, high = MEMORY_MB
    memory = require_function(globals(), "check_memory", ["memory_mb"])
    # The hints come from the property whose mistake explains the learner's answer (see
    # env); `why` says which limit an invalid size breaks.
    mistakes = _MEMORY_MISTAKES
    for size in (512, low, high, 1769, low + 1, high - 1):
        check(memory, (size,), size, diagnose=mistakes)
    for size in (low - 1, high + 1, 0, -512, high * 2):
        side = f"below MIN_MEMORY_MB ({low})" if size < low else f"above MAX_MEMORY_MB ({high})"
        check_raises(memory, (size,), exc_type=ValueError, diagnose=mistakes,
                     why=f"{size} MB is {side}")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
