# Mistake: unit slip in get_remaining_time_in_millis: it subtracts time.time() (seconds) from the deadline in milliseconds, forgetting the * 1000
import json
import time


def header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def process_next(runtime, handler):
    status, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")
    request_id = header(headers, "Lambda-Runtime-Aws-Request-Id")
    deadline_ms = int(header(headers, "Lambda-Runtime-Deadline-Ms"))

    class Context:
        aws_request_id = request_id

        def get_remaining_time_in_millis(self):
            return deadline_ms - time.time()

    try:
        result = handler(json.loads(body), Context())
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/error", json.dumps(error).encode("utf-8"))
    else:
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/response", json.dumps(result).encode("utf-8"))
    return request_id
