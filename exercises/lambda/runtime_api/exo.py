# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog

start_watchdog()


@grading_code
class FakeRuntime:
    """A stand-in for the Lambda Runtime API with one invocation waiting; it records calls.

    ``FakeRuntime(headers, body)``: ``get`` answers ``(200, headers, body)``; ``post``
    answers 202. ``runtime.calls`` lists ``("GET", path, None)`` and ``("POST", path, body)``.
    """

    def __init__(self, headers, body):
        self.headers = dict(headers)
        self.body = body
        self.calls = []

    def get(self, path):
        self.calls.append(("GET", path, None))
        return 200, dict(self.headers), self.body

    def post(self, path, body):
        self.calls.append(("POST", path, body))
        return 202

    def __repr__(self):
        return f"FakeRuntime({self.headers!r}, {self.body!r})"

    def __deepcopy__(self, memo):
        # A runtime is a connection, not a value: the tests look at the calls made on it.
        return self


@grading_code
def _runtime_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector reads
    # what process_next did on the runtime (its calls), what the handler saw (hidden tests),
    # and what came back, and speaks only when its mistake explains them; where one run is
    # ambiguous it runs the learner's function again on a run where that mistake shows.
    import json
    import time
    from awsgrader import learner_call

    API = "/2018-06-01/runtime/invocation"

    class Expect:
        """What a test expects of process_next(runtime, handler): the request id returned,
        after a GET of .../next and one POST to .../<id>/<kind> of the JSON ``value`` (for
        an error, the keys errorMessage and errorType; others may be added)."""

        def __init__(self, runtime, request_id, kind, value):
            self.runtime, self.request_id, self.kind, self.value = (runtime, request_id,
                                                                    kind, value)

        def posted(self):
            posts = [c for c in self.runtime.calls if c[0] == "POST"]
            if len(posts) != 1 or not isinstance(posts[0][2], (bytes, bytearray)):
                return None
            try:
                return json.loads(bytes(posts[0][2]).decode("utf-8"))
            except ValueError:
                return None

        def __eq__(self, got):
            calls = self.runtime.calls
            if got != self.request_id or len(calls) != 2:
                return False
            if calls[0][:2] != ("GET", f"{API}/next"):
                return False
            if calls[1][:2] != ("POST", f"{API}/{self.request_id}/{self.kind}"):
                return False
            value = self.posted()
            if self.kind == "error":
                return (isinstance(value, dict)
                        and {k: value.get(k) for k in self.value} == self.value)
            return value == self.value

        __hash__ = None

        def __repr__(self):
            body = json.dumps(self.value, ensure_ascii=False)
            return (f"{self.request_id!r}, after GET {API}/next then one POST to "
                    f"{API}/{self.request_id}/{self.kind} with the body {body}"
                    + (" (other keys may be added)" if self.kind == "error" else ""))

    def expect(runtime, request_id, kind, value):
        return Expect(runtime, request_id, kind, value)

    def parts(case):
        runtime = case.args[0] if case.args else None
        handler = case.args[1] if len(case.args) > 1 else None
        exp = case.expected if isinstance(case.expected, Expect) else None
        return runtime, handler, exp

    def posts(runtime):
        return [c for c in getattr(runtime, "calls", []) if c[0] == "POST"]

    CANONICAL = {name.lower(): name for name in (
        "Lambda-Runtime-Aws-Request-Id", "Lambda-Runtime-Deadline-Ms",
        "Lambda-Runtime-Invoked-Function-Arn", "Lambda-Runtime-Trace-Id")}

    def canonical(headers):
        return all(CANONICAL.get(k.lower()) == k for k in headers)

    def rerun(case, headers=None, error=None, result="ok", handler=None):
        """Run the learner's process_next again on a fresh runtime: (returned or None,
        error or None, runtime)."""
        runtime, _, exp = parts(case)
        fresh = FakeRuntime(runtime.headers if headers is None else headers, runtime.body)

        if handler is None:
            def handler(event, context):
                if error is not None:
                    raise error
                return result
        try:
            return learner_call(case.fn, fresh, handler), None, fresh
        except Exception as exc:  # the watchdog's BaseException still stops the run
            return None, exc, fresh

    # -- process_next raised, or missed the request id.
    def header_case(case):
        runtime, _, exp = parts(case)
        if exp is None or canonical(runtime.headers):
            return False
        wrong = case.error is not None or case.got != exp.request_id or not posts(runtime)
        if not wrong:
            return False
        fixed = {CANONICAL.get(k.lower(), k): v for k, v in runtime.headers.items()}
        # The same run with the documented names, and a handler that does the same thing,
        # gives the right answer.
        handler = parts(case)[1]
        if hasattr(handler, "error"):
            got, error, fresh = rerun(case, headers=fixed, error=handler.error,
                                      result=handler.result)
        else:
            got, error, fresh = rerun(case, headers=fixed, handler=handler)
        return (error is None and Expect(fresh, exp.request_id, exp.kind, exp.value) == got
                and "this runtime sends the header names in "
                + ("lower case" if all(k.islower() for k in runtime.headers) else
                   "upper case" if all(k.isupper() for k in runtime.headers) else "its own case"))

    def handler_error_escaped(case):
        runtime, _, exp = parts(case)
        return (exp is not None and exp.kind == "error" and case.error is not None
                and type(case.error).__name__ == exp.value["errorType"]
                and str(case.error) == exp.value["errorMessage"])

    def other_crash(case):
        return case.error is not None and f"yours raised {type(case.error).__name__}"

    # -- The calls.
    def no_get_first(case):
        runtime, _, _ = parts(case)
        calls = getattr(runtime, "calls", [])
        return case.returned and (not calls or calls[0][:2] != ("GET", f"{API}/next"))

    def context_broken(case):
        _, handler, _ = parts(case)
        return bool(getattr(handler, "problems", None)) and handler.problems[0]

    def event_not_body(case):
        runtime, handler, _ = parts(case)
        events = getattr(handler, "events", None)
        if events is None and runtime is not None:
            # The public tests' handlers record nothing: run again with one that does.
            events = []

            def recorder(event, context):
                events.append(event)
                return "ok"
            rerun(case, handler=recorder)
        if not events:
            return False
        try:
            body = json.loads(runtime.body)
        except ValueError:
            return False
        return events[0] != body and f"your handler got {events[0]!r}"[:120]

    def remaining(case):
        _, handler, _ = parts(case)
        seen = getattr(handler, "seen", None)
        deadline = getattr(handler, "deadline", None)
        if not seen or deadline is None:
            return None
        left = seen[1]
        if isinstance(left, bool) or not isinstance(left, (int, float)):
            return None
        return left, deadline, seen[2], seen[3]

    def remaining_wrong(check):
        def detect(case):
            found = remaining(case)
            if found is None:
                return False
            left, deadline, before, after = found
            tolerance = 1000
            if deadline - after - tolerance <= left <= deadline - before + tolerance:
                return False
            return check(left, deadline, before, after, tolerance) and f"yours: {left!r}"
        return detect

    def in_seconds(left, deadline, before, after, tol):
        return (deadline - after - tol) / 1000 - 1 <= left <= (deadline - before + tol) / 1000 + 1

    def the_deadline(left, deadline, before, after, tol):
        return abs(left - deadline) <= tol

    def minus_seconds(left, deadline, before, after, tol):
        return abs(left - (deadline - before / 1000)) <= tol

    def monotonic(left, deadline, before, after, tol):
        return abs(left - (deadline - time.monotonic() * 1000)) <= 60_000

    def asked_twice_same(case):
        # The hidden tests' handler that asks twice, some milliseconds apart, records both
        # answers: the same number twice is a time left computed once, not at each call.
        _, handler, _ = parts(case)
        twice = getattr(handler, "twice", None)
        if not twice:
            return False
        first, second, waited = twice
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool)
                      for v in (first, second))
        return (numbers and first == second and waited >= 1
                and f"yours answered {first!r}, then {second!r} {waited:.0f} ms later")

    def handler_calls(case):
        """How many times the learner's function calls a handler that does what the case's
        handler does (run again on a fresh runtime), or None."""
        _, handler, _ = parts(case)
        if handler is None:
            return None
        count = []

        def counting(event, context):
            count.append(1)
            if hasattr(handler, "error"):
                if handler.error is not None:
                    raise handler.error
                return handler.result
            return handler(event, context)
        rerun(case, handler=counting)
        return len(count)

    def post_count(case):
        runtime, _, exp = parts(case)
        if exp is None or not case.returned:
            return False
        calls = getattr(runtime, "calls", [])
        found = posts(runtime)
        if not calls or calls[0][:2] != ("GET", f"{API}/next") or len(found) == 1:
            return False
        # Confirmed: the same run calls the handler once and still does not POST once.
        if handler_calls(case) != 1:
            return False
        paths = ", ".join(c[1] for c in found)
        return f"yours made {len(found)} POSTs" + (f": {paths}" if paths else "")

    def post_path(case):
        runtime, _, exp = parts(case)
        if exp is None:
            return False
        found = posts(runtime)
        want = f"{API}/{exp.request_id}/{exp.kind}"
        return (len(found) == 1 and found[0][1] != want
                and f"yours posted to {found[0][1]!r}, expected {want!r}")

    def id_not_seen(case):
        runtime, handler, exp = parts(case)
        seen = getattr(handler, "seen", None)
        return (exp is not None and seen is not None and seen[0] != exp.request_id
                and f"context.aws_request_id is {seen[0]!r}")

    def path_swapped(kind):
        def detect(case):
            runtime, _, exp = parts(case)
            if exp is None or exp.kind != kind:
                return False
            other = "response" if kind == "error" else "error"
            found = posts(runtime)
            if len(found) != 1 or found[0][1] != f"{API}/{exp.request_id}/{other}":
                return False
            # Confirmed with a handler that surely returns (or raises): the learner's function
            # still posts to the other path.
            _, _, fresh = rerun(case, error=ValueError("probe") if kind == "error" else None)
            again = posts(fresh)
            return len(again) == 1 and again[0][1].endswith(f"/{other}")
        return detect

    def not_bytes(case):
        found = posts(parts(case)[0])
        return (len(found) == 1 and not isinstance(found[0][2], (bytes, bytearray))
                and f"yours posted a {type(found[0][2]).__name__}")

    def not_json(case):
        found = posts(parts(case)[0])
        if len(found) != 1 or not isinstance(found[0][2], (bytes, bytearray)):
            return False
        try:
            json.loads(bytes(found[0][2]).decode("utf-8"))
        except ValueError:
            return f"yours posted {bytes(found[0][2])[:60]!r}"
        return False

    def error_key(key):
        def detect(case):
            runtime, _, exp = parts(case)
            if exp is None or exp.kind != "error":
                return False
            found = posts(runtime)
            if len(found) != 1 or found[0][1] != f"{API}/{exp.request_id}/error":
                return False
            value = exp.posted()
            return (isinstance(value, dict) and value.get(key) != exp.value[key]
                    and f"yours: {value.get(key)!r}, expected {exp.value[key]!r}")
        return detect

    def returns_other(case):
        runtime, _, exp = parts(case)
        if exp is None or not case.returned or case.got == exp.request_id:
            return False
        found = posts(runtime)
        return (len(found) == 1 and found[0][1] == f"{API}/{exp.request_id}/{exp.kind}"
                and f"yours returned {case.got!r}"[:100])

    return expect, Diagnosis(
        Property("header-names-any-case", "header names are case-insensitive",
                 "Your function works when the headers come as documented, not when their "
                 "names come in another case: look a header up ignoring case.", header_case),
        Property("handler-errors-caught", "an exception of the handler is caught and posted",
                 "Your function let the handler's exception escape: catch it "
                 "(try/except Exception) and POST it to .../<request id>/error.",
                 handler_error_escaped),
        Property("never-raises", "process_next does not raise",
                 "process_next raised: read the statement's steps again, and catch only the "
                 "handler's exceptions.", other_crash),
        Property("get-next-first", f"the first call is a GET of {API}/next",
                 f"Start with runtime.get('{API}/next').", no_get_first),
        Property("context-interface", "context has aws_request_id and "
                 "get_remaining_time_in_millis()",
                 "context needs an attribute aws_request_id and a method "
                 "get_remaining_time_in_millis() that takes no argument.", context_broken),
        Property("event-is-json-body", "the handler gets json.loads(body)",
                 "The event is the JSON body, decoded: json.loads(body).", event_not_body),
        Property("remaining-in-milliseconds", "get_remaining_time_in_millis() returns "
                 "milliseconds",
                 "Your value is the time left in SECONDS: the method returns milliseconds.",
                 remaining_wrong(in_seconds)),
        Property("remaining-subtracts-now", "the time left is the deadline minus now",
                 "Your value is the deadline itself: subtract the time now, "
                 "time.time() * 1000.", remaining_wrong(the_deadline)),
        Property("now-in-milliseconds", "now is time.time() * 1000, in milliseconds",
                 "Your value subtracts time.time(), which is in seconds, from a deadline in "
                 "milliseconds: use time.time() * 1000.", remaining_wrong(minus_seconds)),
        Property("epoch-clock", "now is epoch time, from time.time()",
                 "Your value matches time.monotonic(), which counts from an arbitrary start, "
                 "not from the epoch: use time.time().", remaining_wrong(monotonic)),
        Property("remaining-at-call-time", "get_remaining_time_in_millis() computes the "
                 "time left when it is called",
                 "Your get_remaining_time_in_millis() gives the same time left however long "
                 "the handler has run: compute the deadline minus time.time() * 1000 inside "
                 "the method, each time it is called, not once.", asked_twice_same),
        Property("request-id-from-header", "the request id is the "
                 "Lambda-Runtime-Aws-Request-Id header",
                 "Read the request id from the Lambda-Runtime-Aws-Request-Id header and give "
                 "it to the context.", id_not_seen),
        Property("error-to-error-path", "a handler's exception is posted to .../<id>/error",
                 "The handler raised: POST the error to .../<request id>/error, not "
                 ".../response.", path_swapped("error")),
        Property("result-to-response-path", "a handler's result is posted to "
                 ".../<id>/response",
                 "The handler returned normally: POST its result to .../<request id>/"
                 "response.", path_swapped("response")),
        Property("post-path", "the POST goes to .../invocation/<id>/response, or "
                 ".../invocation/<id>/error when the handler raised",
                 f"POST to the path the statement gives: {API}/<request id>/response when "
                 "the handler returns, .../<request id>/error when it raises.", post_path),
        Property("one-post", "after the handler, exactly one POST",
                 "After calling the handler, make exactly one POST: its result to "
                 ".../<request id>/response, or its error to .../<request id>/error.",
                 post_count),
        Property("post-bytes", "the POST body is bytes",
                 "Encode the JSON text: json.dumps(value).encode('utf-8').", not_bytes),
        Property("post-json", "the POST body holds JSON",
                 "Post json.dumps(value).encode('utf-8'), not str(value) or repr(value).",
                 not_json),
        Property("error-type-is-class-name", "errorType is the exception's class name",
                 "errorType is type(exc).__name__, the exact class name (no <class ...>, not "
                 "a parent class).", error_key("errorType")),
        Property("error-message-is-str", "errorMessage is str(exc)",
                 "errorMessage is str(exc): not repr(exc), nor exc.args[0].",
                 error_key("errorMessage")),
        Property("returns-request-id", "process_next returns the request id",
                 "process_next returns the request id, not the handler's result.",
                 returns_other),
    )


_expect, _RUNTIME_MISTAKES = _runtime_mistakes()
check, check_raises = bound_check(_RUNTIME_MISTAKES)
del _runtime_mistakes

# --- PYODIDE:code --- #
import json
import time


def process_next(runtime, handler):
    ...

# --- PYODIDE:corr --- #
import json
import time

API = "/2018-06-01/runtime/invocation"


class LambdaContext:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        # Computed on each call: the time left shrinks while the handler runs.
        return self._deadline_ms - int(time.time() * 1000)


def header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def process_next(runtime, handler):
    status, headers, body = runtime.get(f"{API}/next")
    request_id = header(headers, "Lambda-Runtime-Aws-Request-Id")
    deadline_ms = int(header(headers, "Lambda-Runtime-Deadline-Ms"))
    event = json.loads(body)
    context = LambdaContext(request_id, deadline_ms)
    try:
        result = handler(event, context)
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(f"{API}/{request_id}/error", json.dumps(error).encode("utf-8"))
    else:
        runtime.post(f"{API}/{request_id}/response", json.dumps(result).encode("utf-8"))
    return request_id

# --- PYODIDE:tests --- #
import time as _time

_deadline = str(int(_time.time() * 1000) + 3000)
_headers = {"Lambda-Runtime-Aws-Request-Id": "req-1", "Lambda-Runtime-Deadline-Ms": _deadline}


def _greet(event, context):
    return {"greeting": "Hello, " + event["name"]}


def _fails(event, context):
    raise ValueError("no name")


# A handler that returns a result: it is POSTed, JSON-encoded, to .../req-1/response.
_runtime = FakeRuntime(_headers, b'{"name": "Ada"}')
check(process_next, (_runtime, _greet),
      _expect(_runtime, "req-1", "response", {"greeting": "Hello, Ada"}),
      label="process_next(runtime, handler), the handler returning a greeting")
# A handler that raises: the error is POSTed to .../req-1/error.
_runtime = FakeRuntime(_headers, b"{}")
check(process_next, (_runtime, _fails),
      _expect(_runtime, "req-1", "error", {"errorMessage": "no name", "errorType": "ValueError"}),
      label="process_next(runtime, handler), the handler raising ValueError('no name')")

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import json
    import time
    from awsgrader import difference, fail, learner_call, require_function, short_repr
    from awsgrader.events import load
    from awsgrader.facts.awslambda import MAX_TIMEOUT_S

    process = require_function(globals(), "process_next", ["runtime", "handler"])
    api = "/2018-06-01/runtime/invocation"
    tolerance_ms = 1000

    class Runtime:
        def __init__(self, headers, body):
            self.headers, self.body, self.calls = headers, body, []

        def get(self, path):
            self.calls.append(("GET", path, None))
            return 200, dict(self.headers), self.body

        def post(self, path, body):
            self.calls.append(("POST", path, body))
            return 202

    class Handler:
        def __init__(self, result, error, ask_twice_ms=0):
            self.result, self.error = result, error
            self.events, self.problems, self.seen = [], [], None
            self.ask_twice_ms, self.twice = ask_twice_ms, None

        def __call__(self, event, context):
            self.events.append(event)
            before = time.time() * 1000
            request_id = remaining = None
            try:
                request_id = context.aws_request_id
            except Exception as exc:
                self.problems.append(f"context.aws_request_id raised {type(exc).__name__}: {exc}")
            try:
                remaining = context.get_remaining_time_in_millis()
            except Exception as exc:
                self.problems.append("context.get_remaining_time_in_millis() raised "
                                     f"{type(exc).__name__}: {exc}")
            self.seen = (request_id, remaining, before, time.time() * 1000)
            if self.ask_twice_ms and not self.problems:
                # Ask again once the clock has moved on by ask_twice_ms: the learner's clock
                # is read before `start` the first time and after `end` the second time.
                start = time.time()
                while time.time() - start < self.ask_twice_ms / 1000:
                    time.sleep(0.001)
                end = time.time()
                try:
                    again = context.get_remaining_time_in_millis()
                except Exception as exc:
                    self.problems.append("context.get_remaining_time_in_millis(), asked a "
                                         f"second time, raised {type(exc).__name__}: {exc}")
                else:
                    self.twice = (remaining, again, (end - start) * 1000)
            if self.error is not None:
                raise self.error
            return self.result

    cases = {"as sent": lambda n: n, "lower case": str.lower, "upper case": str.upper}

    mistakes = _RUNTIME_MISTAKES

    def scenario(request_id, event, result=None, error=None, names="as sent",
                 deadline_in_ms=3000, ask_twice_ms=0, note=None):
        # `note` says what the case is about, for the reader of this file; a message's hint
        # comes from the property whose mistake explains the run (see the env section),
        # never from the case.
        rename = cases[names]
        deadline = int(time.time() * 1000) + deadline_in_ms
        headers = {
            rename("Lambda-Runtime-Aws-Request-Id"): request_id,
            rename("Lambda-Runtime-Deadline-Ms"): str(deadline),
            rename("Lambda-Runtime-Invoked-Function-Arn"):
                "arn:aws:lambda:us-east-1:123456789012:function:hello",
            rename("Lambda-Runtime-Trace-Id"):
                "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
        }
        body = json.dumps(event, ensure_ascii=False).encode("utf-8")
        runtime, handler = Runtime(headers, body), Handler(result, error, ask_twice_ms)
        handler.deadline = deadline
        outcome = (f"raises {error!r}" if error is not None
                   else f"returns {short_repr(result, 120)}")
        if ask_twice_ms:
            outcome = (f"asks context.get_remaining_time_in_millis() twice, {ask_twice_ms} ms "
                       f"apart, and {outcome}")
        label = (f"process_next(runtime, handler): headers {short_repr(headers, 260)}, "
                 f"body {short_repr(body, 160)}; the handler {outcome}")
        if error is not None:
            kind = "error"
            value = {"errorMessage": str(error), "errorType": type(error).__name__}
        else:
            kind, value = "response", json.loads(json.dumps(result))
        expected = _expect(runtime, request_id, kind, value)
        ran = {}

        def failed(expected_text, got_text, why=None):
            check_line, hint = mistakes(process, (runtime, handler), {}, expected,
                                        **ran) or (None, None)
            fail(label, expected_text, got_text, hint, why, check=check_line)

        try:
            got = learner_call(process, runtime, handler)
            ran["got"] = got
        except Exception as exc:
            ran["error"] = exc
            failed("the request id, after one GET and one POST", f"{type(exc).__name__}: {exc}")

        if not runtime.calls or runtime.calls[0][:2] != ("GET", f"{api}/next"):
            failed(f"first a GET of {api}/next", short_repr(runtime.calls))
        if len(handler.events) != 1:
            failed("the handler called once", f"called {len(handler.events)} times")
        why = difference(handler.events[0], event, where="the event passed to the handler")
        if why:
            failed(f"the handler called with the event {short_repr(event, 160)}",
                   short_repr(handler.events[0], 160), why)
        if handler.problems:
            failed("a context with aws_request_id and get_remaining_time_in_millis()",
                   handler.problems[0])
        seen_id, remaining, before, after = handler.seen
        if seen_id != request_id:
            failed(f"context.aws_request_id == {request_id!r}", repr(seen_id))
        low, high = deadline - after - tolerance_ms, deadline - before + tolerance_ms
        if (isinstance(remaining, bool) or not isinstance(remaining, (int, float))
                or not low <= remaining <= high):
            failed(f"context.get_remaining_time_in_millis() about {deadline - before:.0f} "
                   f"(the deadline {deadline} minus the time now in epoch milliseconds, "
                   f"within {tolerance_ms} ms)", repr(remaining))
        if handler.twice is not None:
            first, again, waited = handler.twice
            # Both readings of the learner's clock are at least `waited` ms apart; 2 ms for
            # the rounding of each to a whole millisecond.
            if (isinstance(again, bool) or not isinstance(again, (int, float))
                    or not first - again >= waited - 2):
                failed(f"context.get_remaining_time_in_millis() asked again {waited:.0f} ms "
                       f"later: about {first - waited:.0f}, at least {waited - 2:.0f} ms "
                       f"less than the first answer {first!r}", repr(again))

        path = f"{api}/{request_id}/{kind}"
        posts = runtime.calls[1:]
        if len(posts) != 1 or posts[0][:2] != ("POST", path):
            failed(f"then one POST to {path}", short_repr(posts))
        posted = posts[0][2]
        if not isinstance(posted, (bytes, bytearray)):
            failed("a POST body of bytes (json.dumps(...).encode('utf-8'))",
                   f"a {type(posted).__name__}: {short_repr(posted, 160)}")
        try:
            got_value, bad_json = json.loads(bytes(posted).decode("utf-8")), None
        except ValueError as exc:
            got_value, bad_json = None, f"{type(exc).__name__}: {exc}"
        if bad_json:
            failed("a POST body holding JSON, encoded in UTF-8", short_repr(posted, 160),
                   f"json.loads of it fails ({bad_json})")
        if error is None:
            why = difference(got_value, value, where="the JSON posted")
            if why:
                failed(f"the POST body {short_repr(json.dumps(result).encode(), 160)}",
                       short_repr(posted, 160), why)
        else:
            got_part = ({k: got_value.get(k) for k in value} if isinstance(got_value, dict)
                        else got_value)
            if got_part != value:
                failed(f"a POST body with {json.dumps(value, ensure_ascii=False)} "
                       "(other keys, such as stackTrace, may be added)",
                       short_repr(posted, 200))
        if got != request_id:
            failed(f"the request id {request_id!r} returned", short_repr(got))

    class PaymentDeclined(Exception):
        pass

    class InvalidOrder(ValueError):
        pass

    api_event = load("api-gateway-rest-proxy-v1")
    proxy_response = {"statusCode": 200, "headers": {"Content-Type": "application/json"},
                      "body": "{\"message\": \"Hello, Ada!\"}"}

    scenario("8476a536-e9f4-11e8-9739-2dfe598c3fcd", {"name": "Ada"}, {"greeting": "Hi Ada"},
             note="The request id is the Lambda-Runtime-Aws-Request-Id header; POST "
                  "json.dumps(result).encode() to .../<id>/response.")
    scenario("0d5b2c4e-5f0b-4f5e-9a6c-3c3f2d1e0b7a", {"n": 1}, [1, 2, 3], names="lower case",
             note="Header names are case-insensitive: this runtime sends them in lower case.")
    scenario("6c8a7e57-3b0f-4c8c-8f7a-2f1d0e9b4a11", ["a", "b"], "done", names="upper case",
             note="Header names are case-insensitive: this runtime sends them in upper case.")
    scenario("c1d2e3f4-0000-4a4a-8b8b-123456789abc", {"x": 1}, None,
             note="A handler that returns None: POST the JSON null (b'null').")
    scenario("f00dcafe-1111-4b4b-9c9c-abcdefabcdef", {"city": "Zürich"},
             {"city": "Zürich", "rocket": "🚀", "han": "李"}, names="lower case",
             note="Non-ASCII results: any valid JSON in UTF-8 bytes is fine.")
    scenario("a0a0a0a0-2222-4c4c-8d8d-0123456789ab", api_event, proxy_response,
             note="A real API Gateway event, a proxy response as the result.")
    scenario("b1b1b1b1-3333-4d4d-8e8e-0123456789ab", None, 42,
             note="The event can be any JSON: here null, so the handler gets None.")
    scenario("b2b2b2b2-4444-4e4e-8f8f-0123456789ab", "just a string", 3.5,
             note="The event can be any JSON: here a string.")
    scenario("b3b3b3b3-5555-4f4f-9090-0123456789ab", [], True,
             note="A bool result is JSON true.")
    scenario("b4b4b4b4-6666-4a4a-9191-0123456789ab", {"a": [1, {"b": None}]}, (1, 2),
             note="A tuple is JSON-encoded as an array.")
    scenario("c5c5c5c5-7777-4b4b-9292-0123456789ab", {}, "ok",
             deadline_in_ms=MAX_TIMEOUT_S * 1000, names="upper case",
             note="The time left is the deadline minus now, in milliseconds.")
    scenario("c6c6c6c6-8888-4c4c-9393-0123456789ab", {}, "ok", deadline_in_ms=250,
             note="The time left is the deadline minus now, in milliseconds.")
    scenario("d7d7d7d7-9999-4d4d-9494-0123456789ab", {"step": 2}, {"done": True},
             ask_twice_ms=10, names="lower case",
             note="The time left is computed when the method is called: asked again 10 ms "
                  "later, it is 10 ms less (a real wait: the learner's clock is theirs).")

    errors = [
        (ValueError("bad input"), "as sent", "errorType is the exception's class name."),
        (KeyError("name"), "lower case", "errorMessage is str(exc): for KeyError('name') that "
                                         "is \"'name'\", with the quotes."),
        (PaymentDeclined("card 4242 declined"), "as sent", "A custom exception: errorType is "
                                                           "its class name, PaymentDeclined."),
        (InvalidOrder("quantity must be positive"), "upper case",
         "errorType is the exact class (InvalidOrder), not a parent class (ValueError)."),
        (ZeroDivisionError("division by zero"), "as sent", "Any exception class."),
        (RuntimeError(), "lower case", "An exception with no message: errorMessage is ''."),
        (RuntimeError("Zürich 🚀 failed"), "as sent", "A non-ASCII error message."),
    ]
    for i, (exc, names, note) in enumerate(errors):
        scenario(f"e{i}e{i}e{i}e{i}-9999-4d4d-9494-0123456789ab", {"i": i}, error=exc,
                 names=names, note=note)


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
