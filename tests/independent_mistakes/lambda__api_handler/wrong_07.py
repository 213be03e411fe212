# Mistake: the name is read from the query string first for every method, so a POST with ?name=... uses the query value instead of ignoring the query string
import base64
import json


def _reply(status, payload, extra=None):
    headers = {"Content-Type": "application/json"}
    headers.update(extra or {})
    return {"statusCode": status, "headers": headers, "body": json.dumps(payload)}


def lambda_handler(event, context):
    method = event.get("httpMethod")
    if method not in ("GET", "POST"):
        return _reply(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
    query = event.get("queryStringParameters") or {}
    if "name" in query:
        name = query["name"]
    elif method == "GET":
        name = "world"
    else:
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
    if not isinstance(name, str):
        return _reply(400, {"error": "the name is not a string"})
    name = name.strip()
    if not 1 <= len(name) <= 64:
        return _reply(400, {"error": "the name must have 1 to 64 characters"})
    return _reply(200, {"message": f"Hello, {name}!"})
