# A SimpleNamespace context with a closure, lower-cased headers, time_ns, compact UTF-8 JSON,
# a stackTrace in the error, and a float time left.
import json
import time
import traceback
from types import SimpleNamespace

BASE = "/2018-06-01/runtime/invocation/"


def process_next(runtime, handler):
    _, raw_headers, body = runtime.get(BASE + "next")
    headers = {name.lower(): value for name, value in raw_headers.items()}
    request_id = headers["lambda-runtime-aws-request-id"]
    deadline = float(headers["lambda-runtime-deadline-ms"])
    context = SimpleNamespace(
        aws_request_id=request_id,
        get_remaining_time_in_millis=lambda: deadline - time.time_ns() / 1e6,
    )
    try:
        outcome, kind = handler(event=json.loads(body.decode("utf-8")), context=context), "response"
    except Exception as exc:
        outcome, kind = {"errorType": exc.__class__.__name__, "errorMessage": f"{exc}",
                         "stackTrace": traceback.format_exception(exc)}, "error"
    data = json.dumps(outcome, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    runtime.post(BASE + request_id + "/" + kind, bytearray(data))
    return request_id
