# Mistake: returns the Python dict itself instead of json.dumps of it, so the response body is not text.
import json


def greeting_body(body):
    data = json.loads(body)
    return {"message": "Hello, " + data["name"] + "!"}
