# Mistake: the time left is computed once, before the handler runs, and get_remaining_time_in_millis returns that stale number instead of using the time at the moment it is called
import json
import time


class Context:
    def __init__(self, request_id, remaining_ms):
        self.aws_request_id = request_id
        self.remaining_ms = remaining_ms

    def get_remaining_time_in_millis(self):
        return self.remaining_ms


def process_next(runtime, handler):
    status, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")
    lower = {k.lower(): v for k, v in headers.items()}
    request_id = lower["lambda-runtime-aws-request-id"]
    remaining = int(lower["lambda-runtime-deadline-ms"]) - time.time() * 1000
    context = Context(request_id, remaining)
    try:
        result = handler(json.loads(body), context)
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/error", json.dumps(error).encode("utf-8"))
    else:
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/response", json.dumps(result).encode("utf-8"))
    return request_id
