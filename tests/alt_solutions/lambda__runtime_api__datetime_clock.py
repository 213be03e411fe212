# A context class that reads the clock with datetime, and a header search with next().
import datetime
import json


class Context:
    def __init__(self, request_id, deadline_ms):
        self.aws_request_id = request_id
        self.deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        now = datetime.datetime.now(datetime.timezone.utc).timestamp() * 1000
        return round(self.deadline_ms - now)


def process_next(runtime, handler):
    status, headers, body = runtime.get("/2018-06-01/runtime/invocation/next")

    def find(name):
        return next(v for k, v in headers.items() if k.casefold() == name.casefold())

    request_id = find("Lambda-Runtime-Aws-Request-Id")
    context = Context(request_id, int(find("Lambda-Runtime-Deadline-Ms")))
    event = json.loads(body)
    try:
        result = handler(event, context)
    except Exception as error:
        runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/error",
                     json.dumps({"errorMessage": str(error),
                                 "errorType": type(error).__name__}).encode())
        return request_id
    runtime.post(f"/2018-06-01/runtime/invocation/{request_id}/response",
                 bytes(json.dumps(result), "utf-8"))
    return request_id
