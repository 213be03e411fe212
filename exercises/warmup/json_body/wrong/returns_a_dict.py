# Plausible mistake: returns the dict itself; API Gateway needs the body as a JSON string.
import json


def greeting_body(body):
    data = json.loads(body)
    return {"message": "Hello, " + data["name"] + "!"}
