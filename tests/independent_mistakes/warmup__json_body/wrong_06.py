# Mistake: json.dumps is given only the greeting text, not a dict with the key "message", so the body is a JSON string instead of an object.
import json


def greeting_body(body):
    name = json.loads(body)["name"]
    return json.dumps("Hello, " + name + "!")
