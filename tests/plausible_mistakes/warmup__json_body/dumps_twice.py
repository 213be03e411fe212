# Plausible mistake: calls json.dumps twice, once on the dict and once on the text.
# Property: encoded-once
import json


def greeting_body(body):
    data = json.loads(body)
    answer = json.dumps({"message": "Hello, " + data["name"] + "!"})
    return json.dumps(answer)
