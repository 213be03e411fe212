# Right: one _reply helper for every response, a small BadRequest exception class, early returns
import base64
import json

JSON_HEADERS = {"Content-Type": "application/json"}


class BadRequest(Exception):
    pass


def _reply(status, payload, extra_headers=None):
    headers = dict(JSON_HEADERS)
    if extra_headers:
        headers.update(extra_headers)
    return {"statusCode": status, "headers": headers, "body": json.dumps(payload)}


def _clean(name):
    stripped = name.strip()
    if not 1 <= len(stripped) <= 64:
        raise BadRequest("the name must have 1 to 64 characters")
    return stripped


def _name_from_query(event):
    query = event.get("queryStringParameters")
    if not isinstance(query, dict) or "name" not in query:
        return "world"
    name = query["name"]
    if not isinstance(name, str):
        raise BadRequest("the name is not a string")
    return _clean(name)


def _name_from_body(event):
    body = event.get("body")
    if body is None:
        raise BadRequest("the body is missing")
    if not isinstance(body, str):
        raise BadRequest("the body is not JSON")
    try:
        if event.get("isBase64Encoded"):
            body = base64.b64decode(body).decode("utf-8")
        data = json.loads(body)
    except Exception:
        raise BadRequest("the body is not JSON")
    if not isinstance(data, dict):
        raise BadRequest("the body is not a JSON object")
    if "name" not in data:
        raise BadRequest("the body has no name")
    if not isinstance(data["name"], str):
        raise BadRequest("the name is not a string")
    return _clean(data["name"])


def lambda_handler(event, context):
    if not isinstance(event, dict):
        event = {}
    method = event.get("httpMethod")
    if method not in ("GET", "POST"):
        return _reply(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
    try:
        if method == "GET":
            name = _name_from_query(event)
        else:
            name = _name_from_body(event)
    except BadRequest as problem:
        return _reply(400, {"error": str(problem)})
    return _reply(200, {"message": f"Hello, {name}!"})
