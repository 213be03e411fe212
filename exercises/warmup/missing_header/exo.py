# --- PYODIDE:env --- #
from awsgrader import start_watchdog
# (nothing to set up)

start_watchdog()

# --- PYODIDE:code --- #
def user_agent(headers):
    ...

# --- PYODIDE:corr --- #
def user_agent(headers):
    return headers.get("User-Agent", "unknown")

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
from awsgrader import check, check_raises

check(user_agent, ({"User-Agent": "curl/8.5.0", "Accept": "*/*"},), "curl/8.5.0")
# No User-Agent header: "unknown".
check(user_agent, ({"Accept": "*/*"},), "unknown")

# --- PYODIDE:secrets --- #
def _hidden_tests():
    from awsgrader import check, require_function

    agent = require_function(globals(), "user_agent", ["headers"])
    check(agent, ({"User-Agent": "curl/8.5.0"},), "curl/8.5.0",
          hint="The header is there: return its value.")
    check(agent, ({},), "unknown", hint="No headers at all: return 'unknown'.")
    check(agent, ({"Accept": "*/*", "Host": "example.com"},), "unknown",
          hint="Other headers, but no User-Agent: return 'unknown'.")
    check(agent, ({"Host": "example.com", "User-Agent": "Mozilla/5.0"},), "Mozilla/5.0",
          hint="The header does not have to come first.")
    check(agent, ({"User-Agent": ""},), "",
          hint="The header is there but empty: return its value, the empty text ''.")
    check(agent, ({"User-Agent": "unknown-bot"},), "unknown-bot",
          hint="Return the value as it is.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
