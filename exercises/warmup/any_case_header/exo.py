# --- PYODIDE:env --- #
from awsgrader import start_watchdog
# (nothing to set up)

start_watchdog()

# --- PYODIDE:code --- #
def get_header(headers, name):
    ...

# --- PYODIDE:corr --- #
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
from awsgrader import check, check_raises

check(get_header, ({"Content-Type": "application/json"}, "content-type"), "application/json")
check(get_header, ({"x-api-key": "abc123"}, "X-Api-Key"), "abc123")
# Not there: None.
check(get_header, ({"Accept": "*/*"}, "Authorization"), None)

# --- PYODIDE:secrets --- #
def _hidden_tests():
    from awsgrader import check, require_function

    header = require_function(globals(), "get_header", ["headers", "name"])
    check(header, ({"Content-Type": "application/json"}, "content-type"), "application/json",
          hint="Compare the names in lower case on both sides.")
    check(header, ({"content-type": "text/plain"}, "Content-Type"), "text/plain",
          hint="The name asked for may have capitals too.")
    check(header, ({"X-Api-Key": "abc123"}, "x-API-key"), "abc123",
          hint="Any mix of capitals matches.")
    check(header, ({"Accept": "*/*", "Host": "example.com"}, "host"), "example.com",
          hint="Look at every header, not only the first one.")
    check(header, ({"Accept": "*/*", "Host": "example.com", "User-Agent": "curl"}, "USER-AGENT"),
          "curl", hint="The matching header can be the last one.")
    check(header, ({}, "Accept"), None, hint="No headers: return None.")
    check(header, ({"Accept": "*/*", "Host": "example.com"}, "Authorization"), None,
          hint="No header with that name: return None, after looking at all of them.")
    check(header, ({"Accept": "Text/HTML"}, "accept"), "Text/HTML",
          hint="Only the name is case-insensitive: return the value unchanged.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
