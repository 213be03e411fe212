# Right: a small class that decodes the request and renders the reply, with from-imports of loads and dumps and an f-string.
from json import loads, dumps


class Greeting:
    def __init__(self, body):
        self.name = loads(body)["name"]

    def render(self):
        return dumps({"message": f"Hello, {self.name}!"})


def greeting_body(body):
    return Greeting(body).render()
