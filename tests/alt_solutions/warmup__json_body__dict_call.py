# dict() with a keyword, and format().
import json


def greeting_body(body):
    parsed = json.loads(body)
    return json.dumps(dict(message="Hello, {}!".format(parsed["name"])), indent=2)
