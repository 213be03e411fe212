# Plausible mistake: calls .get on the body as if it were already a dict.
# Property: body-is-text
import json


def greeting_body(body):
    name = body.get("name")
    return json.dumps({"message": "Hello, " + name + "!"})
