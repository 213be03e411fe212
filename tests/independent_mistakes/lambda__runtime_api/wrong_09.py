# Mistake: the event passed to the handler is the body decoded to text (body.decode("utf-8")) but never parsed with json.loads, so the handler gets a str instead of the JSON value
import json
import time


class Context:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self.deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return self.deadline_ms - time.time() * 1000


def process_next(runtime, handler):
    status, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")
    lower = {k.lower(): v for k, v in headers.items()}
    request_id = lower["lambda-runtime-aws-request-id"]
    context = Context(request_id, int(lower["lambda-runtime-deadline-ms"]))
    event = body.decode("utf-8")
    try:
        result = handler(event, context)
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/error", json.dumps(error).encode("utf-8"))
    else:
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/response", json.dumps(result).encode("utf-8"))
    return request_id
