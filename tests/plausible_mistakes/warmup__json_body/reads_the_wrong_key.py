# Plausible mistake: reads the key Name with a capital, which is not in the body.
# Property: none
import json


def greeting_body(body):
    data = json.loads(body)
    return json.dumps({"message": "Hello, " + data["Name"] + "!"})
