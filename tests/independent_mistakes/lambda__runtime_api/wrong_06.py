# Mistake: the _post helper sends the JSON text as a str (json.dumps without .encode), so every posted body is a str instead of bytes
import json
import time


class Context:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self.deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return self.deadline_ms - time.time() * 1000


def _post(runtime, request_id, kind, payload):
    runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/{kind}", json.dumps(payload))


def process_next(runtime, handler):
    status, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")
    lower = {k.lower(): v for k, v in headers.items()}
    request_id = lower["lambda-runtime-aws-request-id"]
    context = Context(request_id, int(lower["lambda-runtime-deadline-ms"]))
    try:
        result = handler(json.loads(body), context)
    except Exception as exc:
        _post(runtime, request_id, "error", {"errorMessage": str(exc), "errorType": type(exc).__name__})
    else:
        _post(runtime, request_id, "response", result)
    return request_id
