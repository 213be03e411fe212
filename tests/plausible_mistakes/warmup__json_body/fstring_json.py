# Plausible mistake: writes the JSON with an f-string, which breaks on a double quote in the name.
# Property: json-from-json-dumps
import json


def greeting_body(body):
    name = json.loads(body)["name"]
    return f'{{"message": "Hello, {name}!"}}'
