# Plausible mistake: converts the dict with str(), which writes Python, not JSON (single quotes).
# Property: json-not-python
import json


def greeting_body(body):
    data = json.loads(body)
    return str({"message": "Hello, " + data["name"] + "!"})
