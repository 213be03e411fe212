# Mistake: the helper `respond` puts the payload dict itself in "body" instead of a JSON string (no json.dumps), so every response has a non-string body
import base64
import json


def respond(status, payload, headers=None):
    all_headers = {"Content-Type": "application/json"}
    if headers:
        all_headers.update(headers)
    return {"statusCode": status, "headers": all_headers, "body": payload}


def lambda_handler(event, context):
    method = event.get("httpMethod")
    if method == "GET":
        query = event.get("queryStringParameters") or {}
        if "name" not in query:
            return respond(200, {"message": "Hello, world!"})
        name = query["name"]
    elif method == "POST":
        body = event.get("body")
        if body is None:
            return respond(400, {"error": "missing body"})
        try:
            if event.get("isBase64Encoded"):
                body = base64.b64decode(body).decode("utf-8")
            data = json.loads(body)
        except (ValueError, TypeError):
            return respond(400, {"error": "the body is not JSON"})
        if not isinstance(data, dict):
            return respond(400, {"error": "the body is not an object"})
        name = data.get("name")
    else:
        return respond(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
    if not isinstance(name, str):
        return respond(400, {"error": "name must be a string"})
    name = name.strip()
    if not 1 <= len(name) <= 64:
        return respond(400, {"error": "name must have 1 to 64 characters"})
    return respond(200, {"message": f"Hello, {name}!"})
