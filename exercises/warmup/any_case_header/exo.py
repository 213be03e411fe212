# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog

start_watchdog()


@grading_code
def _lookup_mistakes():
    # A small model of the lookup, with a switch per mistake. A detector speaks only when
    # the model with its mistake gives the learner's answer, and the learner's function
    # gives the mistake's answers on every probe below (small dicts where each mistake
    # differs from the right answer and from every other mistake).
    def model(headers, name, keys=True, names=True, first_only=False, lower_value=False,
              give_key=False, missing=None):
        wanted = name.lower() if names else name
        for key, value in headers.items():
            if (key.lower() if keys else key) == wanted:
                if give_key:
                    return key
                return value.lower() if lower_value else value
            if first_only:
                return missing
        return missing

    # (The fifth and sixth tell these mistakes from a name written in title case, or keys
    # upper-cased and compared with the name as asked; the last one, a name written exactly
    # as the key, tells them from a function that always gives None.)
    probes = (({"Ab": "Xy"}, "ab"), ({"ab": "Xy"}, "AB"),
              ({"a": "1", "Bc": "Xy"}, "bc"), ({}, "a"), ({"aB": "Xy"}, "ab"),
              ({"ab": "Xy"}, "Ab"), ({"Ab": "Xy"}, "Ab"))

    def under(**mistake):
        def detect(case):
            if not case.returned or case.got == case.expected:
                return False
            if model(*case.args, **mistake) != case.got:
                return False
            return all(case.probe(*p) == ("ok", model(*p, **mistake)) for p in probes)
        detect.model, detect.mistake, detect.probes = model, mistake, probes
        return detect

    def key_error(case):
        return case.raised(KeyError)

    # A header whose name only contains the name asked for (X-Forwarded-Host for host,
    # Accept-Encoding for accept), or is only part of it: the learner's value is that
    # header's value, and the function takes such a header again on a small dict where it
    # is the only one.
    partial_probes = (({"Ab-C": "Xy"}, "ab"), ({"X-Ab": "Xy"}, "ab"),
                      ({"Ab": "Xy"}, "x-ab-c"))

    def partial_name(case):
        if not case.returned or case.got == case.expected or case.got is None:
            return False
        headers, name = case.args
        wanted = name.lower()
        taken = [key for key, value in headers.items()
                 if value == case.got and key.lower() != wanted
                 and (wanted in key.lower() or key.lower() in wanted)]
        if not taken or not any(case.probe(*p) == ("ok", "Xy") for p in partial_probes):
            return False
        return f"it takes {taken[0]!r} for {name!r}"

    return Diagnosis(
        Property("case-ignored", "a header matches in any mix of capitals",
                 "Your function finds a header only when it is written exactly as asked "
                 "('Ab' for 'Ab', not for 'ab'): compare key.lower() with name.lower().",
                 under(keys=False, names=False)),
        Property("keys-lowered-too", "a key with capitals matches too",
                 "Your function lower-cases the name asked for but not the dict's keys "
                 "(it finds 'ab' for 'AB' but not 'Ab' for 'ab'): lower-case both sides, "
                 "key.lower() == name.lower().",
                 under(keys=False)),
        Property("name-lowered-too", "a name asked for with capitals matches too",
                 "Your function lower-cases the dict's keys but not the name asked for (it "
                 "finds 'Ab' for 'ab' but not 'ab' for 'AB'): lower-case both sides, "
                 "key.lower() == name.lower().",
                 under(names=False)),
        Property("every-header-looked-at", "every header is looked at before giving up",
                 "Your function gives up at the first header that does not match (it does "
                 "not find 'Bc' after 'a'): `return None` belongs after the loop, at the "
                 "indentation of `for`, not in an `else` inside it.",
                 under(first_only=True)),
        Property("value-unchanged", "the value is returned unchanged",
                 "Your function returns the value in lower case: only the name ignores "
                 "capitals, return the value as it is in the dict.",
                 under(lower_value=True)),
        Property("the-value-not-the-name", "the header's value is returned, not its name",
                 "Your function returns the header's name (the key): return its value, the "
                 "second thing .items() gives.",
                 under(give_key=True)),
        Property("whole-name-matches", "only a header with the whole name asked for "
                 "matches",
                 "Your function takes a header whose name only partly matches the name "
                 "asked for: compare the whole names, in lower case, with ==.",
                 partial_name),
        Property("none-when-missing", "no header with that name gives None",
                 "When no header matches, return None itself, not the empty text ''.",
                 under(missing="")),
        Property("no-error-when-missing", "looking a name up never raises KeyError",
                 "Your function raises KeyError: square brackets fail when the dict has no "
                 "key written exactly so. Go through headers.items(), compare in lower case, "
                 "and return None after the loop.",
                 key_error),
    )


_LOOKUP_MISTAKES = _lookup_mistakes()
check, check_raises = bound_check(_LOOKUP_MISTAKES)
del _lookup_mistakes

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
check(get_header, ({"Content-Type": "application/json"}, "content-type"), "application/json")
check(get_header, ({"x-api-key": "abc123"}, "X-Api-Key"), "abc123")
# Not there: None.
check(get_header, ({"Accept": "*/*"}, "Authorization"), None)

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    from awsgrader import check, require_function

    header = require_function(globals(), "get_header", ["headers", "name"])
    # The hints come from the property whose mistake explains the learner's value (see env).
    mistakes = _LOOKUP_MISTAKES
    cases = [
        (({"Content-Type": "application/json"}, "content-type"), "application/json"),
        (({"content-type": "text/plain"}, "Content-Type"), "text/plain"),
        (({"X-Api-Key": "abc123"}, "x-API-key"), "abc123"),
        (({"Accept": "*/*", "Host": "example.com"}, "host"), "example.com"),
        (({"Accept": "*/*", "Host": "example.com", "User-Agent": "curl"}, "USER-AGENT"),
         "curl"),
        (({}, "Accept"), None),
        (({"Accept": "*/*", "Host": "example.com"}, "Authorization"), None),
        (({"Accept": "Text/HTML"}, "accept"), "Text/HTML"),
        # Near misses: other headers whose names contain the name asked for, or part of it.
        (({"X-Forwarded-Host": "proxy.example.com", "Host": "example.com"}, "host"),
         "example.com"),
        (({"Accept-Encoding": "gzip", "Accept": "*/*"}, "ACCEPT"), "*/*"),
        (({"X-Content-Type-Options": "nosniff"}, "Content-Type"), None),
        (({"Host": "example.com"}, "X-Forwarded-Host"), None),
    ]
    for args, expected in cases:
        check(header, args, expected, diagnose=mistakes)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
