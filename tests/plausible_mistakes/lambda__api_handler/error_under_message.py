# Plausible mistake: puts the error text under "message" instead of "error".
# Property: error-in-400-body
import base64
import json


def _response(status, payload, extra_headers=None):
    headers = {"Content-Type": "application/json"}
    headers.update(extra_headers or {})
    return {"statusCode": status, "headers": headers, "body": json.dumps(payload)}


def _greeting(name):
    if not isinstance(name, str):
        return _response(400, {"message": "name must be a string"})
    name = name.strip()
    if not 1 <= len(name) <= 64:
        return _response(400, {"message": "name must have 1 to 64 characters"})
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
        return _response(400, {"message": "the body is not JSON"})
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

