# Mistake: parse_body() never looks at isBase64Encoded, so a base64-encoded POST body is fed to json.loads undecoded and answered 400
import json


def _reply(status, payload, extra=None):
    headers = {"Content-Type": "application/json"}
    headers.update(extra or {})
    return {"statusCode": status, "headers": headers, "body": json.dumps(payload)}


def parse_body(event):
    body = event.get("body")
    if body is None:
        return None, "the body is missing"
    try:
        data = json.loads(body)
    except (ValueError, TypeError):
        return None, "the body is not JSON"
    if not isinstance(data, dict):
        return None, "the body is not a JSON object"
    if "name" not in data:
        return None, "the body has no name"
    return data["name"], None


def lambda_handler(event, context):
    method = event.get("httpMethod")
    if method == "GET":
        query = event.get("queryStringParameters") or {}
        name = query.get("name", "world")
    elif method == "POST":
        name, error = parse_body(event)
        if error:
            return _reply(400, {"error": error})
    else:
        return _reply(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
    if not isinstance(name, str):
        return _reply(400, {"error": "the name is not a string"})
    name = name.strip()
    if not 1 <= len(name) <= 64:
        return _reply(400, {"error": "the name must have 1 to 64 characters"})
    return _reply(200, {"message": f"Hello, {name}!"})
