# Mistake: the result is posted as json.dumps(result or {}), so a falsy result (None, False, 0, "", []) is posted as {} instead of its own JSON value
import json
import time
from types import SimpleNamespace


def process_next(runtime, handler):
    _, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")
    request_id = next(v for k, v in headers.items() if k.lower() == "lambda-runtime-aws-request-id")
    deadline = next(float(v) for k, v in headers.items() if k.lower() == "lambda-runtime-deadline-ms")
    context = SimpleNamespace(aws_request_id=request_id,
                              get_remaining_time_in_millis=lambda: deadline - time.time() * 1000)
    base = "/2018-06-01/runtime/invocation/" + request_id
    try:
        result = handler(json.loads(body), context)
    except Exception as exc:
        runtime.post(base + "/error",
                     json.dumps({"errorMessage": str(exc), "errorType": type(exc).__name__}).encode())
        return request_id
    runtime.post(base + "/response", json.dumps(result or {}).encode())
    return request_id
