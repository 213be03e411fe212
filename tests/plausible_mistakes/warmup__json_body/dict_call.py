# Plausible mistake: builds the answer with dict() and returns it without json.dumps.
# Property: answer-is-text
import json


def greeting_body(body):
    data = json.loads(body)
    return dict(message="Hello, " + data["name"] + "!")
