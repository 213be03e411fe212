# Plausible mistake: returns the dict itself; API Gateway needs the body as a JSON string.
# Property: answer-is-text
import json


def greeting_body(body):
    data = json.loads(body)
    return {"message": "Hello, " + data["name"] + "!"}
