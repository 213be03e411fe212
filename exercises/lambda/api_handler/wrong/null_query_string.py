# Plausible mistake: expects queryStringParameters to be {} when there is no query string
# (API Gateway sends None), and lets exceptions escape instead of answering.
# Property: query-may-be-none
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


def lambda_handler(event, context):
    method = event["httpMethod"]
    if method == "GET":
        return _greeting(event.get("queryStringParameters", {}).get("name", "world"))
    if method == "POST":
        body = event.get("body")
        if body is None:
            return _response(400, {"error": "the request has no body"})
        if event.get("isBase64Encoded"):
            body = base64.b64decode(body).decode("utf-8")
        try:
            data = json.loads(body)
        except json.JSONDecodeError:
            return _response(400, {"error": "the body is not JSON"})
        if not isinstance(data, dict) or "name" not in data:
            return _response(400, {"error": "the body has no name"})
        return _greeting(data["name"])
    return _response(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
