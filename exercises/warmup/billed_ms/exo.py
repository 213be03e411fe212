# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import awslambda as _facts

# Lambda rounds each invocation's duration up to a multiple of this many milliseconds.
BILLING_GRANULARITY_MS = _facts.BILLING_GRANULARITY_MS
del _facts

start_watchdog()

# --- PYODIDE:code --- #
import math


def billed_ms(duration_ms):
    ...

# --- PYODIDE:corr --- #
import math


def billed_ms(duration_ms):
    steps = math.ceil(duration_ms / BILLING_GRANULARITY_MS)
    return steps * BILLING_GRANULARITY_MS

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
from awsgrader import check, check_raises

# 1.2 ms is billed as 2 ms.
check(billed_ms, (1.2,), 2)
# A whole number of milliseconds stays as it is.
check(billed_ms, (100,), 100)

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import math
    from awsgrader import check, require_function
    from awsgrader.facts.awslambda import BILLING_GRANULARITY_MS as step

    billed = require_function(globals(), "billed_ms", ["duration_ms"])

    def up(ms):
        return math.ceil(ms / step) * step

    check(billed, (1.2,), up(1.2), hint="1.2 ms is rounded up, not to the nearest.")
    check(billed, (100,), up(100), hint="A whole number of milliseconds is not rounded again.")
    check(billed, (0.4,), up(0.4), hint="0.4 ms is rounded up, not down to 0.")
    check(billed, (99.5,), up(99.5), hint="Round up, even from exactly half.")
    check(billed, (250.01,), up(250.01), hint="Even a tiny bit above a whole number rounds up.")
    check(billed, (0,), 0, hint="An invocation of 0 ms is billed 0 ms.")
    check(billed, (1,), up(1), hint="1 ms stays 1 ms.")
    check(billed, (899_999.9,), up(899_999.9), hint="Large durations round up the same way.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
