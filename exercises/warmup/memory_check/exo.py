# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.facts import awslambda as _facts

# The memory a Lambda function may have, in MB.
MIN_MEMORY_MB, MAX_MEMORY_MB = _facts.MEMORY_MB
del _facts

start_watchdog()

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
from awsgrader import check, check_raises

check(check_memory, (512,), 512)
# Too little memory must raise ValueError.
check_raises(check_memory, (64,), exc_type=ValueError)

# --- PYODIDE:secrets --- #
def _hidden_tests():
    from awsgrader import check, check_raises, require_function
    from awsgrader.facts.awslambda import MEMORY_MB

    low, high = MEMORY_MB
    memory = require_function(globals(), "check_memory", ["memory_mb"])
    check(memory, (512,), 512, hint="A valid setting is returned as it is.")
    check(memory, (low,), low, hint="The smallest setting, MIN_MEMORY_MB, is valid.")
    check(memory, (high,), high, hint="The largest setting, MAX_MEMORY_MB, is valid.")
    check(memory, (1769,), 1769, hint="Any whole number in between is valid.")
    check_raises(memory, (low - 1,), exc_type=ValueError,
                 hint="One MB below MIN_MEMORY_MB: raise ValueError.")
    check_raises(memory, (high + 1,), exc_type=ValueError,
                 hint="One MB above MAX_MEMORY_MB: raise ValueError.")
    check_raises(memory, (0,), exc_type=ValueError, hint="0 MB: raise ValueError.")
    check_raises(memory, (-512,), exc_type=ValueError, hint="A negative size: raise ValueError.")
    check_raises(memory, (high * 2,), exc_type=ValueError,
                 hint="Far above the maximum: raise ValueError.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
