# Mistake: adds the message to the decoded body and dumps the whole dict, so the name (and any other key) is sent back too instead of being ignored.
import json


def greeting_body(body):
    data = json.loads(body)
    data["message"] = "Hello, " + data["name"] + "!"
    return json.dumps(data)
