# Mistake: the POST branch never checks that the parsed JSON is an object; data.get() raises AttributeError for a JSON list, string or number body instead of answering 400
import base64
import json


def _reply(status, payload, extra=None):
    headers = {"Content-Type": "application/json"}
    headers.update(extra or {})
    return {"statusCode": status, "headers": headers, "body": json.dumps(payload)}


def lambda_handler(event, context):
    method = event.get("httpMethod")
    if method == "GET":
        query = event.get("queryStringParameters") or {}
        name = query.get("name", "world")
    elif method == "POST":
        body = event.get("body")
        if body is None:
            return _reply(400, {"error": "the body is missing"})
        try:
            if event.get("isBase64Encoded"):
                body = base64.b64decode(body).decode("utf-8")
            data = json.loads(body)
        except (ValueError, TypeError):
            return _reply(400, {"error": "the body is not JSON"})
        name = data.get("name")
        if name is None:
            return _reply(400, {"error": "the body has no name"})
    else:
        return _reply(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
    if not isinstance(name, str):
        return _reply(400, {"error": "the name is not a string"})
    name = name.strip()
    if not 1 <= len(name) <= 64:
        return _reply(400, {"error": "the name must have 1 to 64 characters"})
    return _reply(200, {"message": f"Hello, {name}!"})
