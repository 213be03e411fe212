# Plausible mistake: leaves out the comma after Hello.
# Property: greeting-exactly
import json


def greeting_body(body):
    data = json.loads(body)
    return json.dumps({"message": "Hello " + data["name"] + "!"})
