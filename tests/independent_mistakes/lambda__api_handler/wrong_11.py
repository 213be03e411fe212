# Mistake: the POST branch base64-decodes the body before checking that it exists (wrong order), so isBase64Encoded true with no body makes b64decode(None) raise TypeError, which the `except ValueError` does not catch
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
        if event.get("isBase64Encoded"):
            try:
                body = base64.b64decode(body).decode("utf-8")
            except ValueError:
                return _reply(400, {"error": "the body is not valid base64 UTF-8"})
        if body is None:
            return _reply(400, {"error": "the body is missing"})
        try:
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
    if not 1 <= len(name) <= 64:
        return _reply(400, {"error": "the name must have 1 to 64 characters"})
    return _reply(200, {"message": f"Hello, {name}!"})
