# Mistake: builds the JSON text by hand with an f-string; a name containing a double quote or a backslash gives broken JSON.
import json


def greeting_body(body):
    name = json.loads(body)["name"]
    return f'{{"message": "Hello, {name}!"}}'
