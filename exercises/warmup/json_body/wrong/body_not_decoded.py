# Plausible mistake: reads the body as if it were already a dict.
# Property: body-is-text
import json


def greeting_body(body):
    return json.dumps({"message": "Hello, " + body["name"] + "!"})
