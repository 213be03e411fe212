# Right: headers lowered with a dict comprehension, a SimpleNamespace context with a lambda, try/except/else
import json
import time
from types import SimpleNamespace


def process_next(runtime, handler):
    status, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")
    lowered = {str(key).lower(): value for key, value in headers.items()}
    request_id = lowered["lambda-runtime-aws-request-id"]
    deadline_ms = float(lowered["lambda-runtime-deadline-ms"])
    context = SimpleNamespace(
        aws_request_id=request_id,
        get_remaining_time_in_millis=lambda: deadline_ms - time.time() * 1000,
    )
    prefix = f"/2018-06-01/runtime/invocation/{request_id}"
    try:
        event = json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)
        outcome = json.dumps(handler(event, context))
    except Exception as exc:
        failure = {"errorMessage": str(exc), "errorType": exc.__class__.__name__}
        runtime.post(prefix + "/error", json.dumps(failure).encode("utf-8"))
    else:
        runtime.post(prefix + "/response", outcome.encode("utf-8"))
    return request_id
