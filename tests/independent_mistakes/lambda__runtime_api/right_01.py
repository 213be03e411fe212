# Right: a LambdaContext class, an _expect() helper for case-insensitive headers, encoding done inside the try
import json
import time

NEXT = "/2018-06-01/runtime/invocation/next"
BASE = "/2018-06-01/runtime/invocation/"


class LambdaContext:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return self._deadline_ms - time.time() * 1000


def _expect(headers, wanted):
    for name, value in headers.items():
        if name.lower() == wanted.lower():
            return value
    return None


def _error_body(exc):
    try:
        message = str(exc)
    except Exception:
        message = "unprintable exception"
    return json.dumps({"errorMessage": message, "errorType": type(exc).__name__}).encode("utf-8")


def process_next(runtime, handler):
    request_id = None
    try:
        _status, headers, body = runtime.get(NEXT)
        request_id = _expect(headers, "Lambda-Runtime-Aws-Request-Id")
        deadline = _expect(headers, "Lambda-Runtime-Deadline-Ms")
        context = LambdaContext(request_id, int(deadline))
        event = json.loads(body)
        result = handler(event, context)
        payload = json.dumps(result).encode("utf-8")
    except Exception as exc:
        if request_id is not None:
            try:
                runtime.post(BASE + str(request_id) + "/error", _error_body(exc))
            except Exception:
                pass
        return request_id
    try:
        runtime.post(BASE + str(request_id) + "/response", payload)
    except Exception:
        pass
    return request_id
