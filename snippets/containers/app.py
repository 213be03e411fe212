"""A tiny web app to put in a container image: it answers every GET with a greeting."""

import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"message": "Hello from a container", "path": self.path}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(port=None):
    # The port comes from the environment so the same image runs anywhere.
    port = int(port or os.environ.get("PORT", "8080"))
    HTTPServer(("0.0.0.0", port), Hello).serve_forever()


if __name__ == "__main__":
    serve()
