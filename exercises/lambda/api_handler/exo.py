# --- PYODIDE:env --- #
from awsgrader import start_watchdog
from awsgrader.apigw import rest_event

start_watchdog()

# --- PYODIDE:code --- #
import base64
import json


def lambda_handler(event, context):
    ...

# --- PYODIDE:corr --- #
import base64
import json


def _response(status, payload, extra_headers=None):
    headers = {"Content-Type": "application/json"}
    headers.update(extra_headers or {})
    return {"statusCode": status, "headers": headers, "body": json.dumps(payload)}


def _greeting(name):
    if not isinstance(name, str):
        return _response(400, {"error": "name must be a string"})
    name = name.strip()
    if not 1 <= len(name) <= 64:
        return _response(400, {"error": "name must have 1 to 64 characters"})
    return _response(200, {"message": f"Hello, {name}!"})


def _post(event):
    body = event.get("body")
    if body is None:
        return _response(400, {"error": "the request has no body"})
    try:
        if event.get("isBase64Encoded"):
            body = base64.b64decode(body).decode("utf-8")
        data = json.loads(body)
    except (ValueError, TypeError):  # bad base64, bad UTF-8 and bad JSON are ValueErrors
        return _response(400, {"error": "the body is not JSON"})
    if not isinstance(data, dict):
        return _response(400, {"error": "the body must be a JSON object"})
    if "name" not in data:
        return _response(400, {"error": "the body has no name"})
    return _greeting(data["name"])


def lambda_handler(event, context):
    try:
        method = event.get("httpMethod")
        if method == "GET":
            params = event.get("queryStringParameters") or {}
            return _greeting(params.get("name", "world"))
        if method == "POST":
            return _post(event)
        return _response(405, {"error": f"method {method} not allowed"}, {"Allow": "GET, POST"})
    except Exception:  # never raise: API Gateway would turn an exception into a 502
        return _response(500, {"error": "internal error"})

# --- PYODIDE:tests --- #
import json as _json


def _answer(event):
    try:
        response = lambda_handler(event, None)
    except Exception as exc:
        raise AssertionError(f"expected a response, got {type(exc).__name__}: {exc} "
                             "(the handler must never raise)") from None
    assert isinstance(response, dict) and isinstance(response.get("body"), str), (
        f"expected a dict whose body is a JSON string, got {response!r}")
    try:
        return response.get("statusCode"), _json.loads(response["body"]), response
    except ValueError:
        raise AssertionError(f"expected a body holding JSON, got {response['body']!r}") from None


# GET /hello?name=Ada
got = _answer(rest_event("GET", {"name": "Ada"}))[:2]
assert got == (200, {"message": "Hello, Ada!"}), f"expected (200, {{'message': 'Hello, Ada!'}}), got {got}"
# GET /hello: no query string, so queryStringParameters is None.
got = _answer(rest_event("GET", None))[:2]
assert got == (200, {"message": "Hello, world!"}), f"expected (200, {{'message': 'Hello, world!'}}), got {got}"
# POST /hello with a JSON body; the name is stripped.
got = _answer(rest_event("POST", body='{"name": "  Grace "}'))[:2]
assert got == (200, {"message": "Hello, Grace!"}), f"expected (200, {{'message': 'Hello, Grace!'}}), got {got}"
# POST /hello with a body that is not JSON.
got = _answer(rest_event("POST", body="name=Grace"))[:2]
assert got[0] == 400 and isinstance(got[1], dict) and got[1].get("error"), (
    f"expected (400, {{'error': '...'}}), got {got}")
# DELETE /hello is not allowed.
status, _, response = _answer(rest_event("DELETE"))
assert status == 405, f"expected statusCode 405, got {status!r}"
headers = response.get("headers")
allow = {str(k).lower(): v for k, v in headers.items()}.get("allow") if isinstance(headers, dict) else None
methods = sorted(m.strip().upper() for m in allow.split(",")) if isinstance(allow, str) else None
assert methods == ["GET", "POST"], f"expected the header Allow: GET, POST, got headers {headers!r}"

# --- PYODIDE:secrets --- #
def _hidden_tests():
    import base64
    import json
    import random
    from awsgrader import call, fail, require_function
    from awsgrader.apigw import describe_event, header, response_problem, rest_event

    handler = require_function(globals(), "lambda_handler", ["event", "context"])

    shape_hint = ("Whatever the event, return a dict with an int statusCode, headers with "
                  "Content-Type: application/json, and a body that is a JSON string.")

    def run(event, hint=None):
        # The case's hint is about the status and the body; a crash or a badly shaped
        # response gets a hint about that, the property that failed.
        label = f"lambda_handler({describe_event(event)}, context=None)"
        response = call(handler, (event, None), label=label,
                        hint="The handler must never raise: API Gateway turns an exception "
                             "into an error response." + (f" This case: {hint}" if hint
                                                          else ""),
                        expected_text="a response dict (the handler must never raise)")
        problem = response_problem(response)
        if problem:
            fail(label, "a well-formed Lambda proxy response", repr(response)[:300],
                 shape_hint, problem)
        return label, response, json.loads(response["body"])

    def shown(response):
        return f"statusCode {response['statusCode']!r}, body {response['body'][:200]}"

    def hello(event, name, hint):
        label, response, body = run(event, hint)
        expected = {"message": f"Hello, {name}!"}
        if response["statusCode"] != 200 or body != expected:
            fail(label, f"statusCode 200, body {json.dumps(expected, ensure_ascii=False)}",
                 shown(response), hint)

    def bad_request(event, hint):
        label, response, body = run(event, hint)
        if (response["statusCode"] != 400 or not isinstance(body, dict)
                or not isinstance(body.get("error"), str) or not body["error"].strip()):
            fail(label, 'statusCode 400, body {"error": "<what is wrong>"} (any non-empty text)',
                 shown(response), hint)

    def not_allowed(event, hint):
        label, response, body = run(event, hint)
        allow = header(response["headers"], "Allow")
        methods = None
        if isinstance(allow, str):
            methods = {m.strip().upper() for m in allow.split(",")}
        if response["statusCode"] != 405 or methods != {"GET", "POST"}:
            fail(label, "statusCode 405 with the header Allow: GET, POST",
                 f"{shown(response)}, Allow header {allow!r}", hint)

    def b64(text_or_bytes):
        raw = text_or_bytes if isinstance(text_or_bytes, bytes) else text_or_bytes.encode()
        return base64.b64encode(raw).decode("ascii")

    # GET: the name comes from queryStringParameters.
    hello(rest_event("GET", {"name": "Ada"}), "Ada", "GET reads the query parameter name.")
    hello(rest_event("GET", {"name": "Linus", "lang": "fi"}), "Linus",
          "Other query parameters are ignored.")
    hello(rest_event("GET", None), "world", "With no query string, API Gateway sends "
          "queryStringParameters: None (null), not {}: greet world.")
    hello(rest_event("GET", drop=("queryStringParameters", "multiValueQueryStringParameters")),
          "world", "When the queryStringParameters key is absent, greet world.")
    hello(rest_event("GET", {"lang": "en"}), "world",
          "A query string without name greets world.")
    hello(rest_event("GET", {"name": "  Bob  "}), "Bob", "Strip the surrounding whitespace.")
    hello(rest_event("GET", {"name": "Mary Ann"}), "Mary Ann",
          "Spaces inside the name are kept.")
    hello(rest_event("GET", {"name": "Zoë"}), "Zoë", "Names can be any Unicode text.")
    hello(rest_event("GET", {"name": "a" * 64}), "a" * 64, "64 characters is allowed.")
    hello(rest_event("GET", {"name": "  " + "b" * 64 + " "}), "b" * 64,
          "Length is counted after stripping: 64 characters plus spaces is allowed.")
    hello(rest_event("GET", {"name": "é" * 64}), "é" * 64,
          "Length counts characters (len of the str), not bytes.")
    hello(rest_event("GET", {"name": "Linus"}, multi_query={"name": ["Ada", "Linus"]}),
          "Linus", "For ?name=Ada&name=Linus a REST API puts the last value in "
          "queryStringParameters: read queryStringParameters, not the multi-value map.")
    hello(rest_event("GET", None, body='{"name": "Body"}'), "world",
          "GET ignores the body.")
    hello(rest_event("GET", {"name": "Ada"}, body="not json"), "Ada",
          "GET ignores the body, even one that is not JSON.")
    bad_request(rest_event("GET", {"name": ""}), "?name= is a name of 0 characters: 400, "
                "not world (world is only for a missing name).")
    bad_request(rest_event("GET", {"name": "   "}), "A name of only spaces is empty once "
                "stripped: 400.")
    bad_request(rest_event("GET", {"name": "c" * 65}), "65 characters is too long: 400.")

    # POST: the name comes from a JSON object in the body.
    hello(rest_event("POST", body='{"name": "Grace"}'), "Grace", "POST reads name from "
          "the JSON body.")
    hello(rest_event("POST", body='{"name": "\\t Linus \\n"}'), "Linus",
          "Tabs and newlines are whitespace too: str.strip() removes them.")
    hello(rest_event("POST", body='{"age": 36, "name": "Ada"}'), "Ada",
          "Other keys of the object are ignored.")
    hello(rest_event("POST", body='{"name": "\\u00e9lise"}'), "élise",
          "JSON escapes are decoded by json.loads.")
    hello(rest_event("POST", body=b64('{"name": "Ada"}'), base64=True), "Ada",
          "When isBase64Encoded is true, base64-decode the body before json.loads.")
    hello(rest_event("POST", body=b64('{"name": "Zoë 李"}'.encode("utf-8")), base64=True),
          "Zoë 李", "The decoded bytes are UTF-8: .decode('utf-8').")
    hello(rest_event("POST", {"name": "Query"}, body='{"name": "Body"}'), "Body",
          "POST takes the name from the body, not from the query string.")
    hello(rest_event("POST", body=json.dumps({"name": "d" * 64})), "d" * 64,
          "64 characters is allowed.")
    bad_request(rest_event("POST", body=None), "A POST with no body (None): 400.")
    bad_request(rest_event("POST", drop=("body",)), "A POST without the body key: 400.")
    bad_request(rest_event("POST", {"name": "Ada"}), "A POST with a name in the query "
                "string but no body: 400 (POST reads only the body).")
    bad_request(rest_event("POST", body=""), "An empty body is not JSON: 400.")
    bad_request(rest_event("POST", body="name=Grace"), "A body that is not JSON: 400.")
    bad_request(rest_event("POST", body='{"name": "Ada"'), "Truncated JSON: 400.")
    for text, what in (("[1, 2]", "an array"), ('["Ada"]', "an array"), ("42", "a number"),
                       ("null", "null"), ('"Ada"', "a string"), ("true", "true")):
        bad_request(rest_event("POST", body=text), f"The body is JSON but {what}, not an "
                    "object: 400 (check isinstance(data, dict) before reading name).")
    bad_request(rest_event("POST", body="{}"), "An object without name: 400.")
    bad_request(rest_event("POST", body='{"Name": "Ada"}'), "The key is name, in lower "
                "case: 400 when it is missing.")
    for value in ("42", "null", '["Ada"]', "true", '{"first": "Ada"}'):
        bad_request(rest_event("POST", body='{"name": %s}' % value),
                    f"name is {value}, not a string: 400, even if str() could turn it into "
                    "one.")
    bad_request(rest_event("POST", body='{"name": ""}'), "An empty name: 400.")
    bad_request(rest_event("POST", body='{"name": " \\t "}'), "Only whitespace: 400.")
    bad_request(rest_event("POST", body=json.dumps({"name": "e" * 65})), "65 characters: 400.")
    bad_request(rest_event("POST", body=json.dumps({"name": " " + "f" * 65 + " "})),
                "65 characters once stripped: 400.")
    bad_request(rest_event("POST", body="@@@", base64=True), "isBase64Encoded is true but the "
                "body is not valid base64 (it decodes to nothing): 400, never an exception.")
    bad_request(rest_event("POST", body=b64(b'{"name": "\xff"}'), base64=True),
                "The decoded bytes are not UTF-8: 400, never an exception.")
    bad_request(rest_event("POST", body=b64('{"name": "Ada"}')), "isBase64Encoded is false: "
                "the body is used as it is, and this base64 text is not JSON: 400.")

    # Other methods.
    for method in ("DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"):
        not_allowed(rest_event(method, {"name": "Ada"}), f"{method} is neither GET nor POST: "
                    "405 with the header Allow: GET, POST.")

    # Random names against an independent oracle.
    rng = random.Random(5)
    letters = "abcXYZ é李-' "
    for i in range(40):
        raw = "".join(rng.choice(letters) for _ in range(rng.choice([0, 1, 3, 20, 62, 63, 64,
                                                                      65, 66, 70])))
        stripped = raw.strip()
        if i % 2:
            event = rest_event("GET", {"name": raw})
        else:
            event = rest_event("POST", body=json.dumps({"name": raw}))
        if 1 <= len(stripped) <= 64:
            hello(event, stripped, "Strip, then 1 to 64 characters.")
        else:
            bad_request(event, f"{len(stripped)} characters once stripped: 400.")

    # Odd events: only the shape is checked, any statusCode will do.
    odd = [
        ({}, "an empty event"),
        (rest_event("GET", {"name": "Ada"}, drop=("httpMethod",)), "no httpMethod key"),
        (dict(rest_event("GET"), httpMethod=None), "httpMethod None"),
        (dict(rest_event("POST"), body={"name": "Ada"}), "a body that is a dict, not a str"),
        (dict(rest_event("POST"), body=42), "a body that is a number"),
        (rest_event("POST", body=None, base64=True), "isBase64Encoded true and no body"),
        (rest_event("GET", {"name": None}), "a name that is None"),
    ]
    for event, what in odd:
        run(event, f"The handler must return a well-formed response for any event ({what}), "
                   "never raise: API Gateway turns an exception into a 502.")


_hidden_tests()
del _hidden_tests

# --- PYODIDE:post --- #
from awsgrader import stop_watchdog

stop_watchdog()
