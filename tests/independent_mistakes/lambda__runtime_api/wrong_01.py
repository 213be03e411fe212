# Mistake: the headers are read with their exact names (headers["Lambda-Runtime-Aws-Request-Id"]), so names sent in another case raise KeyError instead of being matched
import json
import time

INVOCATION = "/2018-06-01/runtime/invocation/"


class Context:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self.deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return self.deadline_ms - time.time() * 1000


def process_next(runtime, handler):
    status, headers, body = runtime.get(INVOCATION + "next")
    request_id = headers["Lambda-Runtime-Aws-Request-Id"]
    deadline = int(headers["Lambda-Runtime-Deadline-Ms"])
    context = Context(request_id, deadline)
    try:
        result = handler(json.loads(body), context)
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(INVOCATION + request_id + "/error", json.dumps(error).encode("utf-8"))
    else:
        runtime.post(INVOCATION + request_id + "/response", json.dumps(result).encode("utf-8"))
    return request_id
