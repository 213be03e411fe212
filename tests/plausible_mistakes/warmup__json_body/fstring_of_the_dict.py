# Plausible mistake: turns the dict into text with an f-string, which writes Python, not JSON.
# Property: json-not-python
import json


def greeting_body(body):
    data = json.loads(body)
    answer = {"message": "Hello, " + data["name"] + "!"}
    return f"{answer}"
