import base64
import json


def handler(event, context):
    """Answer an API Gateway request (Lambda proxy integration, payload 1.0 or 2.0)."""
    # Payload 1.0 (REST APIs) has httpMethod and path; 2.0 (HTTP APIs) has requestContext.http.
    http = event.get("requestContext", {}).get("http", {})
    method = event.get("httpMethod") or http.get("method")
    path = event.get("path") or event.get("rawPath")

    # No query string or no body: null (None) in payload 1.0, no key at all in 2.0.
    query = event.get("queryStringParameters") or {}
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        body = base64.b64decode(body).decode("utf-8")

    answer = {"method": method, "path": path, "query": query, "received": len(body)}
    return {
        "statusCode": 200,                                  # an int, not "200"
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(answer),                         # a string, never a dict
    }
