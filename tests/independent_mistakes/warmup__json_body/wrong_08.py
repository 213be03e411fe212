# Mistake: reads the key "Name" with a capital N; the body's key is "name", so the lookup fails with a KeyError.
import json


def greeting_body(body):
    data = json.loads(body)
    return json.dumps({"message": "Hello, " + data["Name"] + "!"})
