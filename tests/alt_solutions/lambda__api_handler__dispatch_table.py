# A dispatch table of methods, a regex for the whitespace, ValueError everywhere.
import base64
import json
import re

EDGES = re.compile(r"^\s+|\s+$")


class BadRequest(Exception):
    pass


def reply(status, payload, headers=None):
    return {"statusCode": status,
            "headers": {"Content-Type": "application/json", **(headers or {})},
            "body": json.dumps(payload)}


def name_from_get(event):
    return (event.get("queryStringParameters") or {}).get("name", "world")


def name_from_post(event):
    if event.get("body") is None:
        raise BadRequest("no body")
    text = event["body"]
    if event.get("isBase64Encoded"):
        try:
            text = base64.b64decode(text).decode()
        except ValueError:
            raise BadRequest("body is not base64 UTF-8") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise BadRequest("body is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise BadRequest("expected an object with a string name")
    return data["name"]


ROUTES = {"GET": name_from_get, "POST": name_from_post}


def lambda_handler(event, context):
    try:
        route = ROUTES.get(event.get("httpMethod"))
        if route is None:
            return reply(405, {"error": "method not allowed"}, {"Allow": "GET, POST"})
        name = EDGES.sub("", route(event))
        if not 0 < len(name) < 65:
            raise BadRequest("name must have 1 to 64 characters")
        return reply(200, {"message": f"Hello, {name}!"})
    except BadRequest as exc:
        return reply(400, {"error": str(exc)})
    except Exception:
        return reply(502, {"error": "unexpected event"})
