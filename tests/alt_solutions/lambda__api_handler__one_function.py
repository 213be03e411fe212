# One function, validate=True base64, compact JSON, lower-case header names with a charset,
# methods listed in another order, extra keys in the response and in error bodies.
import base64
import binascii
import json


def lambda_handler(event, context):
    headers = {"content-type": "application/json; charset=utf-8", "x-served-by": "hello"}

    def answer(status, payload, **extra):
        return {"statusCode": status, "headers": {**headers, **extra},
                "multiValueHeaders": {}, "isBase64Encoded": False,
                "body": json.dumps(payload, separators=(",", ":"), sort_keys=True,
                                   ensure_ascii=False)}

    try:
        method = (event or {}).get("httpMethod")
        if method not in ("GET", "POST"):
            return answer(405, {}, allow="POST,GET")
        if method == "GET":
            query = event.get("queryStringParameters")
            name = "world" if not query or "name" not in query else query["name"]
        else:
            raw = event.get("body")
            if raw is None:
                return answer(400, {"error": "missing body", "field": "body"})
            if event.get("isBase64Encoded") is True:
                try:
                    raw = base64.b64decode(raw, validate=True).decode("utf-8")
                except (binascii.Error, UnicodeDecodeError):
                    return answer(400, {"error": "bad base64 body"})
            try:
                data = json.loads(raw)
            except json.JSONDecodeError:
                return answer(400, {"error": "body is not JSON"})
            if type(data) is not dict:
                return answer(400, {"error": "body is not a JSON object"})
            name = data.get("name")
            if type(name) is not str:
                return answer(400, {"error": "name is missing or not a string", "field": "name"})
        cleaned = name.strip()
        if len(cleaned) == 0 or len(cleaned) > 64:
            return answer(400, {"error": f"bad name length {len(cleaned)}"})
        return answer(200, {"message": "Hello, %s!" % cleaned})
    except Exception as exc:
        return answer(500, {"error": type(exc).__name__})
