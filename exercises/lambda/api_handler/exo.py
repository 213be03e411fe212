# --- PYODIDE:env --- #
from awsgrader import Diagnosis, Property, bound_check, grading_code, start_watchdog
from awsgrader.apigw import rest_event

start_watchdog()


@grading_code
def _calls_str(fn):
    """True when the learner's function, or a function or class of the learner's code that
    it names, calls str(...); None when the code cannot be read."""
    import ast

    from awsgrader.codefacts import has_node

    return has_node(fn, lambda sub: isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name)
                    and sub.func.id == "str")


@grading_code
def _handler_mistakes():
    # The properties the tests check, each with the mistake that breaks it. A detector reads
    # the event and the learner's response, and speaks only when its mistake explains that
    # response; where one response is ambiguous it also calls the handler on a small event
    # where that mistake shows.
    import base64
    import binascii
    import json
    from awsgrader.apigw import header, response_problem

    class Reply:
        """What a test expects of a response: a status and a JSON body (400 and 405: any
        non-empty "error" text), in a well-formed Lambda proxy response."""

        def __init__(self, status=None, body=None, allow=None):
            self.status, self.body, self.allow = status, body, allow

        def __eq__(self, got):
            if response_problem(got):
                return False
            if self.status is None:
                return True
            data = json.loads(got["body"])
            if got["statusCode"] != self.status:
                return False
            if self.allow:
                allow = header(got["headers"], "Allow")
                return (isinstance(allow, str)
                        and {m.strip().upper() for m in allow.split(",")} == set(self.allow))
            if self.body is None:
                return (isinstance(data, dict) and isinstance(data.get("error"), str)
                        and bool(data["error"].strip()))
            return data == self.body

        __hash__ = None

        def __repr__(self):
            if self.status is None:
                return "a well-formed Lambda proxy response (any statusCode)"
            if self.allow:
                return f"statusCode {self.status} with the header Allow: " + ", ".join(self.allow)
            if self.body is None:
                return f'statusCode {self.status}, body {{"error": "<what is wrong>"}}'
            return (f"statusCode {self.status}, body "
                    f"{json.dumps(self.body, ensure_ascii=False)}")

    def reply(status=None, body=None, allow=None):
        return Reply(status, body, allow)

    def event_of(case):
        return case.args[0] if case.args and isinstance(case.args[0], dict) else {}

    def method(case):
        return event_of(case).get("httpMethod")

    def raw_body(event):
        """The POST body as text after base64 (None when absent or undecodable)."""
        body = event.get("body")
        if not isinstance(body, str):
            return None
        if event.get("isBase64Encoded"):
            try:
                return base64.b64decode(body, validate=False).decode("utf-8")
            except (binascii.Error, ValueError):
                return None
        return body

    def parsed(event):
        text = raw_body(event)
        try:
            return True, json.loads(text)
        except (TypeError, ValueError):
            return False, None

    def name_in(event):
        """The name the request carries (not stripped), or None."""
        if event.get("httpMethod") == "GET":
            return (event.get("queryStringParameters") or {}).get("name")
        ok, data = parsed(event)
        return data.get("name") if ok and isinstance(data, dict) else None

    def well_formed(got):
        return response_problem(got) is None

    def answer(got):
        """(status, parsed body) of a well-formed response."""
        return got["statusCode"], json.loads(got["body"])

    def failed(case):
        """The handler raised, or answered 500 (its own catch-all), where the test expects
        an answer."""
        return (case.error is not None
                or (well_formed(case.got) and case.got["statusCode"] >= 500))

    def greets(got, name):
        return well_formed(got) and answer(got) == (200, {"message": f"Hello, {name}!"})

    def probe_greets(case, event, name):
        outcome = case.probe(event, None)
        return outcome[0] == "ok" and greets(outcome[1], name)

    def expects(case, status):
        return isinstance(case.expected, Reply) and case.expected.status == status

    # -- The handler raised: where the event tells why.
    def null_query(case):
        event = event_of(case)
        # A None read as a dict raises AttributeError ('NoneType' has no attribute 'get')
        # or TypeError ('NoneType' object is not subscriptable).
        return (isinstance(case.error, (AttributeError, TypeError)) and "NoneType" in str(
                    case.error) and method(case) == "GET"
                and event.get("queryStringParameters") is None
                and probe_greets(case, rest_event("GET", {"name": "Ada"}), "Ada"))

    def query_key_missing(case):
        # An event without the queryStringParameters key fails (read with event[...]),
        # while the same event with the key set to None is greeted.
        event = event_of(case)
        if (method(case) != "GET" or "queryStringParameters" in event
                or not expects(case, 200) or not failed(case)):
            return False
        with_key = dict(event, queryStringParameters=None,
                        multiValueQueryStringParameters=None)
        return (probe_greets(case, with_key, "world")
                and (f"yours raised {type(case.error).__name__}: {case.error}" if case.error
                     else "yours answered 500"))

    def query_without_name(case):
        # A query string without name read with params["name"]: KeyError.
        event = event_of(case)
        query = event.get("queryStringParameters")
        return (method(case) == "GET" and isinstance(query, dict) and "name" not in query
                and isinstance(case.error, KeyError) and case.error.args == ("name",)
                and probe_greets(case, rest_event("GET", {"name": "Ada"}), "Ada"))

    def json_not_object(case):
        ok, data = parsed(event_of(case))
        return (method(case) == "POST" and expects(case, 400) and ok
                and not isinstance(data, dict) and failed(case)
                and probe_greets(case, rest_event("POST", body='{"name": "Ada"}'), "Ada"))

    def not_json(case):
        event = event_of(case)
        return (method(case) == "POST" and expects(case, 400) and failed(case)
                and event.get("body") is not None and not parsed(event)[0]
                and f"yours {'raised ' + type(case.error).__name__ if case.error else 'answered 500'}")

    def no_body(case):
        # Raised, answered 500, or greeted someone: a POST without a body.
        event = event_of(case)
        greeted = well_formed(case.got) and case.got["statusCode"] == 200
        return (method(case) == "POST" and expects(case, 400) and (failed(case) or greeted)
                and event.get("body") is None)

    def raised(case):
        return case.error is not None and f"yours raised {type(case.error).__name__}"

    def raised_on_odd(case):
        # An odd event: any well-formed answer will do.
        return (isinstance(case.expected, Reply) and case.expected.status is None
                and raised(case))

    # -- The response's shape.
    def body_not_text(case):
        return (case.returned and isinstance(case.got, dict)
                and isinstance(case.got.get("body"), (dict, list)))

    def content_type(case):
        if not case.returned or not isinstance(case.got, dict):
            return False
        problem = response_problem(case.got) or ""
        return "Content-Type" in problem and f"yours: {header(case.got.get('headers'), 'Content-Type')!r}"

    def shape(case):
        return case.returned and response_problem(case.got)

    # -- The answer.
    def allow_header(case):
        return (expects(case, 405) and well_formed(case.got) and case.got["statusCode"] == 405
                and f"yours: {header(case.got['headers'], 'Allow')!r}")

    def other_method(case):
        return (expects(case, 405) and well_formed(case.got) and case.got["statusCode"] != 405
                and f"yours answered {case.got['statusCode']!r} to {method(case)!r}")

    def error_text(case):
        # A 400 whose body has no non-empty "error" text.
        if not (expects(case, 400) and well_formed(case.got) and case.got["statusCode"] == 400):
            return False
        data = json.loads(case.got["body"])
        return (not (isinstance(data, dict) and isinstance(data.get("error"), str)
                     and data["error"].strip())
                and f"your body is {case.got['body'][:80]}")

    def post_reads_query(case):
        event = event_of(case)
        query = (event.get("queryStringParameters") or {}).get("name")
        if method(case) != "POST" or not isinstance(query, str) or not query.strip():
            return False
        ok, data = parsed(event)
        body_name = data.get("name") if ok and isinstance(data, dict) else None
        return (body_name != query and greets(case.got, query.strip())
                and f"yours greets {query.strip()!r}, the query string's name")

    def get_reads_body(case):
        event = event_of(case)
        if method(case) != "GET":
            return False
        ok, data = parsed(event)
        body_name = data.get("name") if ok and isinstance(data, dict) else None
        query = (event.get("queryStringParameters") or {}).get("name")
        return (isinstance(body_name, str) and body_name.strip() and body_name != query
                and greets(case.got, body_name.strip())
                and f"yours greets {body_name.strip()!r}, the body's name")

    def length_before_strip(case):
        name = name_in(event_of(case))
        if not isinstance(name, str) or not well_formed(case.got) or name == name.strip():
            return False
        if expects(case, 200) and len(name) > 64 >= len(name.strip()):
            if case.got["statusCode"] != 400:
                return False
            # 63 letters with a space on each side (65 characters as they came) are refused
            # too, and 63 letters alone are greeted.
            return (not probe_greets(case, rest_event("GET", {"name": " " + "a" * 63 + " "}),
                                     "a" * 63)
                    and probe_greets(case, rest_event("GET", {"name": "a" * 63}), "a" * 63)
                    and f"yours refuses {len(name)} characters as they came, "
                        f"{len(name.strip())} once stripped")
        if expects(case, 400) and not name.strip() and greets(case.got, ""):
            # An empty name is refused, but spaces alone are greeted.
            outcome = case.probe(rest_event("GET", {"name": ""}), None)
            return (outcome[0] == "ok" and well_formed(outcome[1])
                    and outcome[1]["statusCode"] == 400
                    and "yours refuses ?name= but greets 'Hello, !' for spaces alone")
        return False

    def empty_greeted(case):
        name = name_in(event_of(case))
        return (expects(case, 400) and isinstance(name, str) and not name.strip()
                and greets(case.got, "") and "yours greets 'Hello, !'")

    def not_stripped(case):
        name = name_in(event_of(case))
        return (isinstance(name, str) and name != name.strip() and greets(case.got, name))

    def empty_is_world(case):
        name = name_in(event_of(case))
        return (expects(case, 400) and isinstance(name, str) and not name.strip()
                and greets(case.got, "world"))

    def sixty_four_refused(case):
        name = name_in(event_of(case))
        return (expects(case, 200) and isinstance(name, str) and len(name.strip()) == 64
                and well_formed(case.got) and case.got["statusCode"] == 400
                and probe_greets(case, rest_event("GET", {"name": "a" * 63}), "a" * 63)
                and not probe_greets(case, rest_event("GET", {"name": "a" * 64}), "a" * 64))

    def counts_bytes(case):
        name = name_in(event_of(case))
        return (expects(case, 200) and isinstance(name, str)
                and len(name.strip().encode("utf-8")) > 64
                and well_formed(case.got) and case.got["statusCode"] == 400
                and probe_greets(case, rest_event("GET", {"name": "a" * 64}), "a" * 64)
                and not probe_greets(case, rest_event("GET", {"name": "é" * 64}), "é" * 64))

    def too_long_accepted(case):
        name = name_in(event_of(case))
        return (expects(case, 400) and isinstance(name, str) and len(name.strip()) > 64
                and well_formed(case.got) and case.got["statusCode"] == 200)

    def str_of_name(case):
        ok, data = parsed(event_of(case))
        if not (expects(case, 400) and ok and isinstance(data, dict) and "name" in data):
            return False
        name = data["name"]
        if isinstance(name, str):
            return False
        return (well_formed(case.got) and case.got["statusCode"] == 200
                and f"yours greets {json.loads(case.got['body']).get('message')!r}")

    def base64_ignored(case):
        event = event_of(case)
        if not (method(case) == "POST" and event.get("isBase64Encoded") and expects(case, 200)):
            return False
        if not well_formed(case.got) or case.got["statusCode"] != 400:
            return False
        plain = dict(event, body=raw_body(event), isBase64Encoded=False)
        return probe_greets(case, plain, case.expected.body["message"][7:-1])

    def first_query_value(case):
        event = event_of(case)
        values = (event.get("multiValueQueryStringParameters") or {}).get("name")
        return (method(case) == "GET" and isinstance(values, list) and len(values) > 1
                and values[0] != values[-1] and greets(case.got, values[0].strip()))

    return reply, Diagnosis(
        Property("query-may-be-none", "with no query string, queryStringParameters is None: "
                 "greet world",
                 "Your handler raised on a GET without a query string: API Gateway sends "
                 "queryStringParameters: None (null), not {}, so use "
                 "(event.get('queryStringParameters') or {}).", null_query),
        Property("query-key-may-be-missing", "an event without the queryStringParameters "
                 "key is a GET without a query string: greet world",
                 "Your handler fails on an event without the queryStringParameters key, and "
                 "greets world when the key is there with None: treat a missing key like "
                 "None (no query string).",
                 query_key_missing),
        Property("no-name-greets-world", "a query string without name greets world",
                 "Your handler raised KeyError on a query string without name: a GET whose "
                 "query string has no name greets world.", query_without_name),
        Property("body-must-be-an-object", "a JSON body that is not an object gets 400",
                 "Your handler fails on a JSON body that is not an object (a list, a number, "
                 "null...): check isinstance(data, dict) before reading name, and answer "
                 "400.", json_not_object),
        Property("bad-body-is-400", "a body that is not JSON (or not valid base64 / UTF-8) "
                 "gets 400",
                 "Catch the ValueError that json.loads (and base64 / UTF-8 decoding) raise, "
                 "and answer 400.", not_json),
        Property("missing-body-is-400", "a POST without a body gets 400",
                 "A POST may come with body None, or no body key at all: answer 400.",
                 no_body),
        Property("never-raises", "the handler never raises",
                 "The handler must never raise: API Gateway turns an exception into an "
                 "error response. Answer 400 for a bad request, or catch the rest with a "
                 "500 response.", raised_on_odd),
        # A request with an answer of its own (200, 400 or 405): a 500 would not do.
        Property("answers-without-raising", "the handler answers every request without "
                 "raising",
                 "Your handler raised an exception on this request, which has the answer "
                 "shown as expected: find the line that fails on this event.", raised),
        Property("body-is-json-text", "the body is a string holding JSON",
                 "Your body is a Python dict: turn it into JSON text with json.dumps(...).",
                 body_not_text),
        Property("content-type-json", "every response has Content-Type: application/json",
                 "Set the header Content-Type to application/json on every response.",
                 content_type),
        Property("well-formed-response", "the handler returns a dict with an int statusCode, "
                 "headers and a JSON string body",
                 "Return {'statusCode': <int>, 'headers': {...}, 'body': json.dumps(...)}.",
                 shape),
        Property("allow-header", "a 405 answer has the header Allow: GET, POST",
                 "Add the header Allow: GET, POST to the 405 response.", allow_header),
        Property("other-methods-405", "a method other than GET and POST gets 405",
                 "Answer 405, with the header Allow: GET, POST, to any method other than GET "
                 "and POST.", other_method),
        Property("error-in-400-body", 'a 400 body is {"error": "<what is wrong>"}',
                 'Your 400 has the right status but its body has no "error" text: put a '
                 'non-empty string under the key "error".', error_text),
        Property("post-ignores-query", "a POST reads the name from its body only",
                 "Your POST greets the name of the query string: a POST reads the name from "
                 "its JSON body only and ignores the query string.", post_reads_query),
        Property("get-ignores-body", "a GET reads the name from the query string only",
                 "Your GET greets the name of the body: a GET reads the name from the query "
                 "string only and ignores the body.", get_reads_body),
        Property("length-after-strip", "the 1 to 64 characters are counted once the name "
                 "is stripped",
                 "Your handler checks the length of the name as it came, before stripping "
                 "it: strip the name first, then check it has 1 to 64 characters.",
                 length_before_strip),
        Property("name-is-stripped", "the greeting uses the name stripped of whitespace",
                 "Your greeting keeps the spaces around the name: greet name.strip().",
                 not_stripped),
        Property("empty-name-is-400", "an empty name (?name= or only spaces) gets 400; world "
                 "is only for a missing name",
                 "Your handler greets world for an empty name: world is only for a name that "
                 "is missing; a name that is empty once stripped gets 400.", empty_is_world),
        Property("up-to-64-characters", "a name of 64 characters is accepted",
                 "Your handler refuses a name of exactly 64 characters (it accepts 63): "
                 "1 to 64 characters is allowed, use <= 64.", sixty_four_refused),
        Property("length-in-characters", "the length is counted in characters, not bytes",
                 "Your handler accepts 64 ASCII letters but refuses 64 accented ones: count "
                 "characters with len(name), not the bytes of name.encode().", counts_bytes),
        Property("name-not-empty", "a name that is empty once stripped gets 400",
                 "Your handler greets an empty name: a name that is empty once stripped "
                 "gets 400.", empty_greeted),
        Property("not-over-64-characters", "a name over 64 characters (once stripped) gets "
                 "400",
                 "Your handler accepts a name longer than 64 characters once stripped: "
                 "answer 400.", too_long_accepted),
        Property("name-must-be-a-string", "a JSON name that is not a string gets 400",
                 "Your handler greets a name that is not a JSON string (a number, null, a "
                 "list...): answer 400 unless isinstance(name, str), without str().",
                 str_of_name, requires=_calls_str),
        # The same greeting from code without str(): no str() to name.
        Property("name-is-a-json-string", "a JSON name that is not a string gets 400",
                 "Your handler greets a name that is not a JSON string (a number, null, a "
                 "list...): answer 400 unless the name is a str.", str_of_name),
        Property("base64-body", "a body with isBase64Encoded true is base64-decoded first",
                 "Your handler answers this body once decoded, but not encoded: when "
                 "isBase64Encoded is true, base64-decode the body, then .decode('utf-8'), "
                 "then json.loads.", base64_ignored),
        Property("last-query-value", "for a repeated query parameter, a REST API puts the "
                 "last value in queryStringParameters",
                 "Your handler greets the first value of "
                 "multiValueQueryStringParameters: read queryStringParameters instead.",
                 first_query_value),
    )


_reply, _HANDLER_MISTAKES = _handler_mistakes()
check, check_raises = bound_check(_HANDLER_MISTAKES)
del _handler_mistakes

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
# GET /hello?name=Ada
check(lambda_handler, (rest_event("GET", {"name": "Ada"}), None),
      _reply(200, {"message": "Hello, Ada!"}),
      label="""lambda_handler(rest_event("GET", {"name": "Ada"}), None)""")
# GET /hello: no query string, so queryStringParameters is None.
check(lambda_handler, (rest_event("GET", None), None), _reply(200, {"message": "Hello, world!"}),
      label="""lambda_handler(rest_event("GET", None), None)""")
# POST /hello with a JSON body; the name is stripped.
check(lambda_handler, (rest_event("POST", body='{"name": "  Grace "}'), None),
      _reply(200, {"message": "Hello, Grace!"}),
      label="""lambda_handler(rest_event("POST", body='{"name": "  Grace "}'), None)""")
# POST /hello with a body that is not JSON: 400 and an error message.
check(lambda_handler, (rest_event("POST", body="name=Grace"), None), _reply(400),
      label="""lambda_handler(rest_event("POST", body="name=Grace"), None)""")
# DELETE /hello is not allowed: 405 and the header Allow: GET, POST.
check(lambda_handler, (rest_event("DELETE"), None), _reply(405, allow=("GET", "POST")),
      label="""lambda_handler(rest_event("DELETE"), None)""")

# --- PYODIDE:secrets --- #
from awsgrader import grading_code as _grading_code


@_grading_code
def _hidden_tests():
    import base64
    import json
    import random
    from awsgrader import call, fail, require_function, short_repr
    from awsgrader.apigw import describe_event, header, response_problem, rest_event

    handler = require_function(globals(), "lambda_handler", ["event", "context"])

    mistakes = _HANDLER_MISTAKES

    # Each case's text says what it is about, for whoever reads this grader. It is never
    # shown: the message's hint comes from the property whose mistake explains the learner's
    # response (see the env section), never from the case.
    def run(event, note=None, expected=None):
        expected = _reply() if expected is None else expected
        label = f"lambda_handler({describe_event(event)}, context=None)"
        got = call(handler, (event, None), label=label, expected_text=repr(expected),
                   diagnose=mistakes, expected=expected)
        if expected == got:
            return
        problem = response_problem(got)
        if problem:
            shown, why = short_repr(got), problem
        else:
            shown = f"statusCode {got['statusCode']!r}, body {got['body'][:200]}"
            if got["statusCode"] != expected.status:
                why = f"statusCode is {got['statusCode']!r}, expected {expected.status!r}"
            elif expected.allow:
                why = f"the Allow header is {header(got['headers'], 'Allow')!r}"
            else:
                why = "the body is not the expected one"
        check_line, hint = mistakes(handler, (event, None), {}, expected, got=got) or (None,
                                                                                     None)
        fail(label, repr(expected), shown, hint, why, check=check_line)

    def hello(event, name, note=None):
        run(event, note, _reply(200, {"message": f"Hello, {name}!"}))

    def bad_request(event, note=None):
        run(event, note, _reply(400))

    def not_allowed(event, note=None):
        run(event, note, _reply(405, allow=("GET", "POST")))

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
