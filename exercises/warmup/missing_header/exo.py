# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.codefacts import calls_get_without_default as _calls_get_without_default

start_watchdog()


@grading_code
def _header_mistakes():
    # Each detector looks at what the failed call gave, then calls the learner's function
    # again on a small dict where the mistake shows: it speaks only when both agree.
    KEY = "User-Agent"

    def found(case, headers):
        result = case.probe(headers)
        return result[1] if result[0] == "ok" else result

    def reads_a_present_value(case):
        return found(case, {KEY: "probe/1", "Accept": "*/*"}) == "probe/1"

    def missing(case):
        return KEY not in case.args[0]

    def key_error(case):
        # Square brackets on a missing key.
        return missing(case) and case.raised(KeyError) and reads_a_present_value(case)

    def no_default(case):
        return (missing(case) and case.returned and case.got is None
                and reads_a_present_value(case))

    def other_default(case):
        # The "not there" answer is another text than 'unknown' ('Unknown', 'unknown '), and
        # not the value of another header: the same text for a dict without User-Agent.
        return (missing(case) and isinstance(case.got, str) and case.got != "unknown"
                and case.got not in case.args[0].values()
                and found(case, {"Accept": "*/*"}) == case.got
                and reads_a_present_value(case)
                and f"it gives {case.got!r} when there is no {KEY}")

    def longer_key(case):
        # The value of another header whose name contains User-Agent (X-Original-User-Agent),
        # taken again from a small dict where it is the only header.
        taken = [key for key, value in case.args[0].items()
                 if key != KEY and KEY.lower() in key.lower() and value == case.got]
        return (case.returned and case.got != case.expected and bool(taken)
                and found(case, {"X-Probe-User-Agent": "probe/2"}) == "probe/2"
                and f"it takes {taken[0]!r}")

    def wrong_key(case):
        # 'unknown' although the header is there: the key is not written 'User-Agent'.
        return (not missing(case) and case.args[0][KEY] != "unknown" and case.got == "unknown"
                and found(case, {KEY: "probe/1"}) == "unknown")

    def first_key_only(case):
        # 'unknown' although the header is there: found alone, missed after another header.
        return (not missing(case) and case.got == "unknown"
                and found(case, {KEY: "probe/1"}) == "probe/1"
                and found(case, {"Accept": "*/*", KEY: "probe/1"}) == "unknown")

    def empty_replaced(case):
        # `or` / `if value:` turns the empty value into 'unknown'.
        return (not missing(case) and case.args[0][KEY] == "" and case.got == "unknown"
                and reads_a_present_value(case))

    def value_changed(case):
        # The value comes back changed: in other capitals, without spaces, with a label...
        if missing(case) or not case.returned or case.got == case.expected:
            return False
        value = case.args[0][KEY]
        again = found(case, {KEY: "Probe/1 (X)"})
        return (isinstance(case.got, str) and case.got not in ("unknown", value)
                and isinstance(again, str) and again not in ("unknown", "Probe/1 (X)")
                and f"it gives {case.got!r} for the value {value!r}")

    return Diagnosis(
        Property("missing-is-not-an-error", "a missing User-Agent gives 'unknown', not an "
                 "error",
                 "Square brackets raise KeyError when the key is missing: use "
                 "headers.get(\"User-Agent\", \"unknown\"), which gives the default instead.",
                 key_error),
        Property("missing-gives-unknown", "a missing User-Agent gives the text 'unknown'",
                 "When the key is missing, .get without a second value gives None: give "
                 "\"unknown\" as the second value of .get.",
                 no_default, requires=_calls_get_without_default),
        # The same answer from code without such a .get (try/except, an if...): no .get
        # to name.
        Property("missing-is-unknown-not-none", "a missing User-Agent gives the text "
                 "'unknown'",
                 "For a dict without a User-Agent key your function gives None: give back "
                 "the text \"unknown\" in that case.",
                 no_default),
        Property("only-user-agent", "only the key 'User-Agent' itself counts",
                 "Your function takes the value of another header whose name contains "
                 "User-Agent: only the key that is exactly 'User-Agent' counts.",
                 longer_key),
        Property("unknown-exactly", "the answer for a missing header is exactly 'unknown'",
                 "Return exactly \"unknown\": all in lower case, no space, no other word.",
                 other_default),
        Property("key-written-exactly", "the key is 'User-Agent', written exactly so",
                 "Your function answers 'unknown' even when the dict has a 'User-Agent' key: "
                 "dict keys must match exactly, so write \"User-Agent\" with its capitals "
                 "and its dash.",
                 wrong_key),
        Property("any-position", "the User-Agent header is found wherever it is in the dict",
                 "Your function finds User-Agent when it is the only header, but not after "
                 "another one: it answers 'unknown' at the first other key. Use "
                 ".get(\"User-Agent\", \"unknown\") on the whole dict, without a loop.",
                 first_key_only),
        Property("empty-value-kept", "a User-Agent that is there but empty gives ''",
                 "The header is there, with the empty text as value: return ''. `or` (and "
                 "`if value:`) also treat '' as missing; .get with a default only replaces "
                 "a key that is not in the dict.",
                 empty_replaced),
        Property("value-as-it-is", "the value is returned as it is",
                 "Return the header's value unchanged: no .lower(), no .strip(), no other "
                 "text around it.",
                 value_changed),
    )


_HEADER_MISTAKES = _header_mistakes()
check, check_raises = bound_check(_HEADER_MISTAKES)
del _header_mistakes

# --- PYODIDE:code --- #
def user_agent(headers):
    ...

# --- PYODIDE:corr --- #
def user_agent(headers):
    return headers.get("User-Agent", "unknown")

# --- PYODIDE:tests --- #
# check(function, (inputs,), expected) calls your function and says what went wrong.
check(user_agent, ({"User-Agent": "curl/8.5.0", "Accept": "*/*"},), "curl/8.5.0")
# No User-Agent header: "unknown".
check(user_agent, ({"Accept": "*/*"},), "unknown")

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import check, require_function

    agent = require_function(globals(), "user_agent", ["headers"])
    # The hints come from the property whose mistake explains the learner's value (see env).
    mistakes = _HEADER_MISTAKES
    check(agent, ({"User-Agent": "curl/8.5.0"},), "curl/8.5.0", diagnose=mistakes)
    check(agent, ({},), "unknown", diagnose=mistakes)
    check(agent, ({"Accept": "*/*", "Host": "example.com"},), "unknown", diagnose=mistakes)
    check(agent, ({"Host": "example.com", "User-Agent": "Mozilla/5.0"},), "Mozilla/5.0",
          diagnose=mistakes)
    check(agent, ({"User-Agent": ""},), "", diagnose=mistakes)
    check(agent, ({"User-Agent": "unknown-bot"},), "unknown-bot", diagnose=mistakes)
    check(agent, ({"Accept": "*/*", "User-Agent": "Mozilla/5.0 (X11; Linux x86_64)"},),
          "Mozilla/5.0 (X11; Linux x86_64)", diagnose=mistakes)
    # Near misses: headers whose names contain User-Agent are other headers (a proxy sends
    # X-Original-User-Agent with the client's own value).
    check(agent, ({"X-Original-User-Agent": "curl/8.5.0"},), "unknown", diagnose=mistakes)
    check(agent, ({"X-Original-User-Agent": "curl/8.5.0", "User-Agent": "proxy/2.1"},),
          "proxy/2.1", diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
