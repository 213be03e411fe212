# Mistake: prints the JSON text instead of returning it, so the function gives None.
import json


def greeting_body(body):
    data = json.loads(body)
    print(json.dumps({"message": "Hello, " + data["name"] + "!"}))
