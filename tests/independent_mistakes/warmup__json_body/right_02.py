# Right: helper named check builds the reply dict with str.format; json.dumps with compact separators.
import json


def check(name):
    return {"message": "Hello, {}!".format(name)}


def greeting_body(body):
    request = json.loads(body)
    return json.dumps(check(request["name"]), separators=(",", ":"))
