# Plausible mistake: writes the key Message with a capital.
# Property: key-is-message
import json


def greeting_body(body):
    data = json.loads(body)
    return json.dumps({"Message": "Hello, " + data["name"] + "!"})
