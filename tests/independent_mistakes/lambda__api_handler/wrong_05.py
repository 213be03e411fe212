# Mistake: the length check uses `len(name) < 64`, an off-by-one that refuses a name of exactly 64 characters
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
        if not isinstance(data, dict):
            return _reply(400, {"error": "the body is not a JSON object"})
        if "name" not in data:
            return _reply(400, {"error": "the body has no name"})
        name = data["name"]
    else:
        return _reply(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
    if not isinstance(name, str):
        return _reply(400, {"error": "the name is not a string"})
    name = name.strip()
    if not (0 < len(name) < 64):
        return _reply(400, {"error": "the name must have 1 to 64 characters"})
    return _reply(200, {"message": "Hello, " + name + "!"})
