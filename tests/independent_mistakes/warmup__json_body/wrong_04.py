# Mistake: the greeting leaves out the comma ("Hello " + name + "!"), so the message is "Hello Ada!" instead of "Hello, Ada!".
import json


def greeting_body(body):
    data = json.loads(body)
    message = "Hello " + data["name"] + "!"
    return json.dumps({"message": message})
