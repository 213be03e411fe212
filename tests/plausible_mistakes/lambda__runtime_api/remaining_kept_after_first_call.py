# Plausible mistake: works out the time left on the first call and returns that value ever after.
# Property: remaining-at-call-time
import json
import time

API = "/2018-06-01/runtime/invocation"


class LambdaContext:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        # Worked out once, on the first call, then kept.
        if not hasattr(self, "_left"):
            self._left = self._deadline_ms - int(time.time() * 1000)
        return self._left


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
    try:
        result = handler(event, context)
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(f"{API}/{request_id}/error", json.dumps(error).encode("utf-8"))
    else:
        runtime.post(f"{API}/{request_id}/response", json.dumps(result).encode("utf-8"))
    return request_id

