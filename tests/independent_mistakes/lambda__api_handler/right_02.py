# Right: dispatch table of method readers returning (name, error) pairs, a check() validator, from-imports
from base64 import b64decode
from json import dumps, loads


def check(name):
    """Return (stripped name, None) or (None, error message)."""
    if not isinstance(name, str):
        return None, "name must be a string"
    name = name.strip()
    if len(name) == 0:
        return None, "name is empty"
    if len(name) > 64:
        return None, "name is longer than 64 characters"
    return name, None


def read_get(event):
    params = event.get("queryStringParameters") or {}
    if not isinstance(params, dict):
        params = {}
    if "name" in params:
        return check(params["name"])
    return "world", None


def read_post(event):
    raw = event.get("body")
    if raw is None:
        return None, "body is missing"
    try:
        text = b64decode(raw).decode("utf-8") if event.get("isBase64Encoded") else raw
        document = loads(text)
    except (ValueError, TypeError, RecursionError):
        return None, "body is not JSON"
    if type(document) is not dict:
        return None, "body is not a JSON object"
    if "name" not in document:
        return None, "body has no name"
    return check(document["name"])


READERS = {"GET": read_get, "POST": read_post}


def lambda_handler(event, context):
    event = event if isinstance(event, dict) else {}
    headers = {"content-type": "application/json; charset=utf-8"}
    reader = READERS.get(event.get("httpMethod")) if isinstance(event.get("httpMethod"), str) else None
    if reader is None:
        headers["allow"] = "POST, GET"
        return {"statusCode": 405, "headers": headers,
                "body": dumps({"error": "only GET and POST are allowed"})}
    name, error = reader(event)
    if error is not None:
        return {"statusCode": 400, "headers": headers, "body": dumps({"error": error})}
    return {"statusCode": 200, "headers": headers, "body": dumps({"message": "Hello, %s!" % name})}
