# Plausible mistake: json.dumps of the greeting alone, without the message key.
# Property: a-dict-with-message
import json


def greeting_body(body):
    data = json.loads(body)
    return json.dumps("Hello, " + data["name"] + "!")
