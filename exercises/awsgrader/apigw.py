"""API Gateway helpers for graders: build REST (payload format 1.0) events from the real
sample in ``events/``, and judge a Lambda proxy response by its shape.

Ships to the browser with the rest of the grader package: it holds no solution, only what
API Gateway itself would check. Sources:
https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html
"""

import json

from .events import load
from .facts.apigateway import BAD_PROXY_RESPONSE_STATUS

# The keys of a REST API Lambda proxy response; any other key makes API Gateway reject it.
RESPONSE_KEYS = ("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded")
_ABSENT = object()


def rest_event(method="GET", query=_ABSENT, body=None, *, base64=False, path="/hello",
               multi_query=None, headers=None, drop=()):
    """A REST API proxy event (payload format 1.0) made from the real sample.

    ``query``: the ``queryStringParameters`` dict, or None (API Gateway sends null when the
    request has no query string); by default there is none. ``multi_query``: the
    ``multiValueQueryStringParameters`` (by default each query value as a one-item list).
    ``drop``: top-level keys to remove, to build odd events.
    """
    event = load("api-gateway-rest-proxy-v1")
    event["httpMethod"] = method
    event["resource"] = event["path"] = path
    context = event["requestContext"]
    context["httpMethod"] = method
    context["path"] = context["resourcePath"] = path
    if query is _ABSENT:
        query = None
    event["queryStringParameters"] = None if query is None else dict(query)
    if multi_query is None and query is not None:
        multi_query = {key: [value] for key, value in query.items()}
    event["multiValueQueryStringParameters"] = multi_query
    event["body"] = body
    event["isBase64Encoded"] = base64
    if body is not None and "Content-Type" not in (headers or {}):
        event["headers"]["Content-Type"] = "application/json"
        event["multiValueHeaders"]["Content-Type"] = ["application/json"]
    for name, value in (headers or {}).items():
        event["headers"][name] = value
        event["multiValueHeaders"][name] = [value]
    for key in drop:
        event.pop(key, None)
    return event


def describe_event(event):
    """A one-line summary of the parts of an event a handler reads."""
    if not isinstance(event, dict):
        return f"event={event!r}"
    parts = [f"httpMethod={event['httpMethod']!r}" if "httpMethod" in event
             else "no httpMethod key"]
    for key in ("queryStringParameters", "multiValueQueryStringParameters", "body",
                "isBase64Encoded"):
        if key in event:
            text = repr(event[key])
            parts.append(f"{key}={text if len(text) <= 160 else text[:155] + ' ...'}")
        elif key == "queryStringParameters":
            parts.append("no queryStringParameters key")
    return "event with " + ", ".join(parts)


def header(headers, name):
    """The value of header ``name`` in a dict of headers, ignoring the case of names."""
    if not isinstance(headers, dict):
        return None
    wanted = name.lower()
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return value
    return None


def is_json_media_type(value):
    """True for ``application/json``, in any case, with or without parameters
    (``application/json; charset=utf-8``)."""
    if not isinstance(value, str):
        return False
    return value.split(";", 1)[0].strip().lower() == "application/json"


def _gateway_502(reason):
    return (f"{reason}: API Gateway would answer {BAD_PROXY_RESPONSE_STATUS} Bad Gateway "
            "(\"Malformed Lambda proxy response\") instead of your response.")


def response_problem(response):
    """Why ``response`` is not a well-formed Lambda proxy response, or None.

    The reasons that make API Gateway answer 502 say so; the others are the exercise's
    specification (an int statusCode, a Content-Type header, a JSON string body).
    """
    if not isinstance(response, dict):
        return _gateway_502(f"the handler returned a {type(response).__name__}, not a dict "
                            "with statusCode, headers and body")
    try:
        json.dumps(response)
    except (TypeError, ValueError) as exc:
        return _gateway_502("Lambda cannot turn the response into JSON "
                            f"(Runtime.MarshalError: {exc}), so the invocation fails")
    extra = [key for key in response if key not in RESPONSE_KEYS]
    if extra:
        return _gateway_502(f"the response has the key {extra[0]!r}; a REST API accepts only "
                            + ", ".join(RESPONSE_KEYS))
    if "statusCode" not in response:
        return _gateway_502("the response has no statusCode")
    status = response["statusCode"]
    if isinstance(status, bool) or not isinstance(status, int):
        return (f"statusCode should be an int such as 200, not the {type(status).__name__} "
                f"{status!r}")
    if "body" not in response or not isinstance(response["body"], str):
        if isinstance(response.get("body"), (dict, list)):
            return _gateway_502("body is a " + type(response["body"]).__name__
                                + ", not a string: turn it into one with json.dumps(...)")
        return ("body should be a string holding JSON (use json.dumps(...)), not "
                + ("a missing key" if "body" not in response
                   else f"a {type(response['body']).__name__}"))
    if "headers" not in response:
        return "the response has no headers: it needs at least Content-Type: application/json"
    headers = response["headers"]
    if not isinstance(headers, dict):
        return _gateway_502(f"headers is a {type(headers).__name__}, not a dict of names "
                            "to values")
    content_type = header(headers, "Content-Type")
    if content_type is None:
        return "headers has no Content-Type; it should be application/json"
    if not is_json_media_type(content_type):
        return f"the Content-Type header is {content_type!r}; it should be application/json"
    if response.get("isBase64Encoded"):
        return ("isBase64Encoded is true, so API Gateway would base64-decode your body "
                "instead of sending the JSON as it is: leave it out or set it to False")
    try:
        json.loads(response["body"])
    except ValueError:
        return f"body should hold JSON, but {response['body'][:80]!r} is not JSON"
    return None
