# Plausible mistake: ends the greeting with a full stop.
# Property: greeting-exactly
import json


def greeting_body(body):
    data = json.loads(body)
    return json.dumps({"message": "Hello, " + data["name"] + "."})
