# Mistake: turns the answer dict into text with str() instead of json.dumps, which writes single quotes and is not JSON.
import json


def greeting_body(body):
    data = json.loads(body)
    answer = {"message": "Hello, " + data["name"] + "!"}
    return str(answer)
