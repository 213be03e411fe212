# Plausible mistake: returns the greeting text itself, not JSON.
# Property: a-dict-with-message
import json


def greeting_body(body):
    name = json.loads(body)["name"]
    return "Hello, " + name + "!"
