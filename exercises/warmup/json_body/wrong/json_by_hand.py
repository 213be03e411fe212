# Plausible mistake: writes the JSON by hand, which breaks on a name with a double quote.
# Property: json-from-json-dumps
import json


def greeting_body(body):
    name = json.loads(body)["name"]
    return '{"message": "Hello, ' + name + '!"}'
