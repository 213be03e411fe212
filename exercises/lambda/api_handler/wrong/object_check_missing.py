# Plausible mistake: assumes the JSON body is an object, so a body like [1, 2] or 42 makes
# data["name"] raise instead of answering 400.
# Property: body-must-be-an-object
import base64
import json


def lambda_handler(event, context):
    headers = {"Content-Type": "application/json"}
    method = event.get("httpMethod")
    if method == "GET":
        name = (event.get("queryStringParameters") or {}).get("name", "world")
    elif method == "POST":
        try:
            body = event["body"]
            if event.get("isBase64Encoded"):
                body = base64.b64decode(body).decode("utf-8")
            data = json.loads(body)
        except (KeyError, TypeError, ValueError):
            return {"statusCode": 400, "headers": headers,
                    "body": json.dumps({"error": "the body is not JSON"})}
        if "name" not in data:
            return {"statusCode": 400, "headers": headers,
                    "body": json.dumps({"error": "no name"})}
        name = data["name"]
        if not isinstance(name, str):
            return {"statusCode": 400, "headers": headers,
                    "body": json.dumps({"error": "name must be a string"})}
    else:
        return {"statusCode": 405, "headers": {**headers, "Allow": "GET, POST"},
                "body": json.dumps({"error": "method not allowed"})}
    name = name.strip()
    if not 1 <= len(name) <= 64:
        return {"statusCode": 400, "headers": headers,
                "body": json.dumps({"error": "name must have 1 to 64 characters"})}
    return {"statusCode": 200, "headers": headers,
            "body": json.dumps({"message": f"Hello, {name}!"})}
