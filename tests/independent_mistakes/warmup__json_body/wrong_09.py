# Mistake: the reply dict uses the key "greeting" instead of "message".
import json


def _reply(text):
    return json.dumps({"greeting": text})


def greeting_body(body):
    name = json.loads(body)["name"]
    return _reply("Hello, " + name + "!")
