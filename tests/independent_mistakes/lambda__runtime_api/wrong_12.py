# Mistake: the context is a plain dict ({"aws_request_id": ..., "get_remaining_time_in_millis": ...}), so a handler using context.aws_request_id or context.get_remaining_time_in_millis() gets an AttributeError
import json
import time


def process_next(runtime, handler):
    status, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")
    lower = {k.lower(): v for k, v in headers.items()}
    request_id = lower["lambda-runtime-aws-request-id"]
    deadline = int(lower["lambda-runtime-deadline-ms"])
    context = {
        "aws_request_id": request_id,
        "get_remaining_time_in_millis": lambda: deadline - time.time() * 1000,
    }
    try:
        result = handler(json.loads(body), context)
    except Exception as exc:
        error = {"errorMessage": str(exc), "errorType": type(exc).__name__}
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/error", json.dumps(error).encode("utf-8"))
    else:
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/response", json.dumps(result).encode("utf-8"))
    return request_id
