# Mistake: gets the name by cutting the body text with split('"') instead of json.loads, so escaped characters stay escaped and a different key order or spacing picks the wrong piece.
import json


def greeting_body(body):
    name = body.split('"')[3]
    return json.dumps({"message": "Hello, " + name + "!"})
