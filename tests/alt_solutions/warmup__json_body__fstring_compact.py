# An f-string for the message and compact separators for the JSON.
import json


def greeting_body(body):
    name = json.loads(body).get("name")
    return json.dumps({"message": f"Hello, {name}!"}, separators=(",", ":"), ensure_ascii=False)
