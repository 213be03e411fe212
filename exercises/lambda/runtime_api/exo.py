# --- PYODIDE:env --- #
from awsgrader import start_watchdog

start_watchdog()


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
import json as _json
import time as _time

_deadline = str(int(_time.time() * 1000) + 3000)
_headers = {"Lambda-Runtime-Aws-Request-Id": "req-1", "Lambda-Runtime-Deadline-Ms": _deadline}


def _calls(handler, body):
    """Run process_next on a FakeRuntime; return its result and its calls, the posted JSON
    parsed (so that spacing does not matter)."""
    runtime = FakeRuntime(_headers, body)
    try:
        got = process_next(runtime, handler)
    except Exception as exc:
        raise AssertionError(f"expected the request id 'req-1', got {type(exc).__name__}: {exc}"
                             f" (calls so far: {runtime.calls})") from None
    calls = []
    for method, path, posted in runtime.calls:
        if method == "POST":
            assert isinstance(posted, (bytes, bytearray)), (
                f"expected the POST body as bytes, got {posted!r}")
            try:
                posted = _json.loads(posted)
            except ValueError:
                raise AssertionError(f"expected a POST body holding JSON, got {posted!r}") from None
        calls.append((method, path, posted))
    return got, calls


# A handler that returns a result: it is POSTed, JSON-encoded, to .../req-1/response.
got, calls = _calls(lambda event, context: {"greeting": "Hello, " + event["name"]},
                    b'{"name": "Ada"}')
assert got == "req-1", f"expected the request id 'req-1', got {got!r}"
expected = [("GET", "/2018-06-01/runtime/invocation/next", None),
            ("POST", "/2018-06-01/runtime/invocation/req-1/response", {"greeting": "Hello, Ada"})]
assert calls == expected, f"expected the calls {expected}, got {calls} (POST bodies parsed)"


# A handler that raises: the error is POSTed to .../req-1/error.
def _fails(event, context):
    raise ValueError("no name")


got, calls = _calls(_fails, b"{}")
assert got == "req-1", f"expected the request id 'req-1', got {got!r}"
expected = [("GET", "/2018-06-01/runtime/invocation/next", None),
            ("POST", "/2018-06-01/runtime/invocation/req-1/error",
             {"errorMessage": "no name", "errorType": "ValueError"})]
calls = [(m, p, {k: b[k] for k in ("errorMessage", "errorType") if k in b}
          if isinstance(b, dict) else b) for m, p, b in calls]
assert calls == expected, f"expected the calls {expected}, got {calls} (POST bodies parsed)"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import json
    import time
    from awsgrader import difference, fail, require_function, short_repr
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
        def __init__(self, result, error):
            self.result, self.error = result, error
            self.events, self.problems, self.seen = [], [], None

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
            if self.error is not None:
                raise self.error
            return self.result

    cases = {"as sent": lambda n: n, "lower case": str.lower, "upper case": str.upper}

    def scenario(request_id, event, result=None, error=None, names="as sent",
                 deadline_in_ms=3000, note=None):
        # `note` says what the case is about, for the reader of this file; the messages
        # carry a hint about the property that failed, never the case's note.
        rename = cases[names]
        # Each failure gets a hint about the property that was checked, never the case's.
        id_hint = ("The request id is the Lambda-Runtime-Aws-Request-Id header. " + (
            f"Header names are case-insensitive: this runtime sends them in {names}."
            if names != "as sent" else ""))
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
        runtime, handler = Runtime(headers, body), Handler(result, error)
        outcome = (f"raises {error!r}" if error is not None
                   else f"returns {short_repr(result, 120)}")
        label = (f"process_next(runtime, handler): headers {short_repr(headers, 260)}, "
                 f"body {short_repr(body, 160)}; the handler {outcome}")

        try:
            got = process(runtime, handler)
            crash = None
        except Exception as exc:
            crash = f"{type(exc).__name__}: {exc}"
        if crash:
            fail(label, "the request id, after one GET and one POST", crash,
                 "process_next must not raise, even when the handler does." + (
                     f" This runtime sends the header names in {names}." if names != "as sent"
                     else ""))

        if not runtime.calls or runtime.calls[0][:2] != ("GET", f"{api}/next"):
            fail(label, f"first a GET of {api}/next", short_repr(runtime.calls),
                 f"Start with runtime.get('{api}/next').")
        if len(handler.events) != 1:
            fail(label, "the handler called once", f"called {len(handler.events)} times",
                 "Call handler(event, context) exactly once per invocation.")
        why = difference(handler.events[0], event, where="the event passed to the handler")
        if why:
            fail(label, f"the handler called with the event {short_repr(event, 160)}",
                 short_repr(handler.events[0], 160),
                 "The event is the JSON body, decoded: json.loads(body).", why)
        if handler.problems:
            fail(label, "a context with aws_request_id and get_remaining_time_in_millis()",
                 handler.problems[0], "context needs an attribute aws_request_id and a "
                 "method get_remaining_time_in_millis() that takes no argument.")
        seen_id, remaining, before, after = handler.seen
        if seen_id != request_id:
            fail(label, f"context.aws_request_id == {request_id!r}", repr(seen_id), id_hint)
        low, high = deadline - after - tolerance_ms, deadline - before + tolerance_ms
        if (isinstance(remaining, bool) or not isinstance(remaining, (int, float))
                or not low <= remaining <= high):
            time_hint = ("The time left is the Lambda-Runtime-Deadline-Ms header (epoch "
                         "milliseconds) minus time.time() * 1000, when the handler asks.")
            if isinstance(remaining, (int, float)) and not isinstance(remaining, bool):
                if low / 1000 - 1 <= remaining <= high / 1000 + 1:
                    time_hint = ("Your value is the time left in SECONDS: the method returns "
                                 "milliseconds (time.time() is in seconds: multiply by 1000).")
                elif abs(remaining - deadline) <= tolerance_ms:
                    time_hint = ("Your value is the deadline itself: subtract the time now, "
                                 "time.time() * 1000.")
                elif abs(remaining - (deadline - before / 1000)) <= tolerance_ms:
                    time_hint = ("Your value subtracts time.time(), which is in seconds, "
                                 "from a deadline in milliseconds: use time.time() * 1000.")
                elif abs(remaining - (deadline - time.monotonic() * 1000)) <= 60_000:
                    time_hint = ("Your value matches time.monotonic(), which counts from an "
                                 "arbitrary start, not from the epoch: use time.time().")
            fail(label, f"context.get_remaining_time_in_millis() about {deadline - before:.0f} "
                 f"(the deadline {deadline} minus the time now in epoch milliseconds, "
                 f"within {tolerance_ms} ms)", repr(remaining), time_hint)

        kind = "error" if error is not None else "response"
        path = f"{api}/{request_id}/{kind}"
        posts = runtime.calls[1:]
        if len(posts) != 1 or posts[0][:2] != ("POST", path):
            other = f"{api}/{request_id}/{'response' if error is not None else 'error'}"
            if len(posts) == 1 and posts[0][:2] == ("POST", other):
                path_hint = ("The handler raised: POST the error to .../<id>/error."
                             if error is not None else
                             "The handler returned normally: POST its result to "
                             ".../<id>/response.")
            else:
                path_hint = (f"POST exactly once, to {api}/<request id>/response, or "
                             ".../error when the handler raises. " + id_hint)
            fail(label, f"then one POST to {path}", short_repr(posts), path_hint)
        posted = posts[0][2]
        if not isinstance(posted, (bytes, bytearray)):
            fail(label, "a POST body of bytes (json.dumps(...).encode('utf-8'))",
                 f"a {type(posted).__name__}: {short_repr(posted, 160)}",
                 "Encode the JSON text: json.dumps(value).encode('utf-8').")
        try:
            value, bad_json = json.loads(bytes(posted).decode("utf-8")), None
        except ValueError as exc:
            value, bad_json = None, f"{type(exc).__name__}: {exc}"
        if bad_json:
            fail(label, "a POST body holding JSON, encoded in UTF-8", short_repr(posted, 160),
                 "Post json.dumps(value).encode('utf-8'), not str(value) or repr(value).",
                 f"json.loads of it fails ({bad_json})")
        if error is None:
            expected = json.loads(json.dumps(result))
            why = difference(value, expected, where="the JSON posted")
            if why:
                fail(label, f"the POST body {short_repr(json.dumps(result).encode(), 160)}",
                     short_repr(posted, 160), "Post the handler's result, JSON-encoded: "
                     "json.dumps(result).encode('utf-8').", why)
        else:
            expected = {"errorMessage": str(error), "errorType": type(error).__name__}
            got_part = ({k: value.get(k) for k in expected} if isinstance(value, dict)
                        else value)
            if got_part != expected:
                if not isinstance(value, dict):
                    error_hint = "Post a JSON object with the keys errorMessage and errorType."
                elif value.get("errorType") != expected["errorType"]:
                    error_hint = ("errorType is the exception's exact class name, "
                                  f"type(exc).__name__: {expected['errorType']!r} here.")
                else:
                    error_hint = ("errorMessage is str(exc): "
                                  f"{expected['errorMessage']!r} here.")
                fail(label, f"a POST body with {json.dumps(expected, ensure_ascii=False)} "
                     "(other keys, such as stackTrace, may be added)",
                     short_repr(posted, 200), error_hint)
        if got != request_id:
            fail(label, f"the request id {request_id!r} returned", short_repr(got),
                 "process_next returns the request id, not the handler's result.")

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
