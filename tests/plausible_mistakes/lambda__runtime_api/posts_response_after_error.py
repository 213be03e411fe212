# Plausible mistake: posts the error, then falls through and posts a response too.
# Property: one-post
import json
import time

API = "/2018-06-01/runtime/invocation"


class LambdaContext:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        # Computed on each call: the time left shrinks while the handler runs.
        return self._deadline_ms - int(time.time() * 1000)


def header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def process_next(runtime, handler):
    status, headers, body = runtime.get(f"{API}/next")
    request_id = header(headers, "Lambda-Runtime-Aws-Request-Id")
    deadline_ms = int(header(headers, "Lambda-Runtime-Deadline-Ms"))
    event = json.loads(body)
    context = LambdaContext(request_id, deadline_ms)
    result = None
    try:
        result = handler(event, context)
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(f"{API}/{request_id}/error", json.dumps(error).encode("utf-8"))
    runtime.post(f"{API}/{request_id}/response", json.dumps(result).encode("utf-8"))
    return request_id

