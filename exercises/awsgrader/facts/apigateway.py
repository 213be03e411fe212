"""Amazon API Gateway facts."""

from ._registry import fact  # noqa: F401

CHECKED = "2026-11-26"

# --- Quotas, prices and HTTP codes (added for the Amazon API Gateway reading page) ---
ACCOUNT_QUOTAS = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
HTTP_QUOTAS = "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html"
TIMEOUT_2024 = ("https://aws.amazon.com/about-aws/whats-new/2024/06/"
                "amazon-api-gateway-integration-timeout-limit-29-seconds/")
PRICING = "https://aws.amazon.com/api-gateway/pricing/"
CACHING = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html"
WEBSOCKET_QUOTAS = ("https://docs.aws.amazon.com/apigateway/latest/developerguide/"
                    "apigateway-execution-service-websocket-limits-table.html")

ACCOUNT_RPS = fact(
    "apigateway.account_rps", 10_000,
    "10,000 requests per second per account per Region (can be raised)",
    source=ACCOUNT_QUOTAS, checked=CHECKED, status="confirmed",
    note="Shared by REST, HTTP and WebSocket APIs. Some newer Regions default to 2,500.")
ACCOUNT_BURST = fact(
    "apigateway.account_burst", 5_000, "a burst of 5,000 requests (token bucket)",
    source=ACCOUNT_QUOTAS, checked=CHECKED, status="confirmed",
    note="Set by AWS from the RPS quota; customers cannot change it.")
THROTTLE_STATUS = fact(
    "apigateway.throttle_status", 429, "429 Too Many Requests",
    source="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html",
    checked=CHECKED, status="confirmed")
BAD_PROXY_RESPONSE_STATUS = fact(
    "apigateway.bad_proxy_response_status", 502, "502 Bad Gateway",
    source="https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html", checked=CHECKED, status="confirmed",
    note="What the client gets when the Lambda function raises or returns a proxy response "
         "in the wrong shape (e.g. a non-string body in payload format 1.0); the body is "
         "{\"message\": \"Internal server error\"}.")
REST_TIMEOUT_S = fact(
    "apigateway.rest_timeout_s", 29, "29 seconds (REST API integration timeout, default maximum)",
    source=TIMEOUT_2024, checked=CHECKED, status="confirmed",
    note="Since June 2024 it can be raised for Regional and private REST APIs, possibly at "
         "the cost of a lower account throttle quota.")
HTTP_TIMEOUT_S = fact(
    "apigateway.http_timeout_s", 30, "30 seconds (HTTP API integration timeout, cannot be raised)",
    source=HTTP_QUOTAS, checked=CHECKED, status="confirmed")
PAYLOAD_MB = fact(
    "apigateway.payload_mb", 10, "10 MB (payload size)",
    source=HTTP_QUOTAS, checked=CHECKED, status="confirmed",
    note="HTTP API quota page; the same 10 MB for REST APIs is in AWS's archived quotas page.")
HTTP_LAMBDA_INTEGRATION = ("https://docs.aws.amazon.com/apigateway/latest/developerguide/"
                           "http-api-develop-integrations-lambda.html")
PAYLOAD_MISSING_FIELDS = fact(
    "apigateway.payload_missing_fields", {"1.0": "null", "2.0": "absent"},
    "in payload format 2.0, a request without a query string or a body has no "
    "queryStringParameters or body key at all; in format 1.0 the key is there, set to null",
    source=HTTP_LAMBDA_INTEGRATION, checked="2026-11-30", status="unconfirmed",
    note="AWS's page shows both formats' sample events but does not say in words what "
         "happens to a missing field. That 2.0 leaves it out is what real events show "
         "(reported by AWS's own Powertools for Lambda and by several emulators that were "
         "fixed to match), and 1.0 events carry the key set to null. A handler "
         "that reads event.get(\"queryStringParameters\") or {} works with both.")
HTTP_PRICE_PER_MILLION = fact(
    "apigateway.http_price_per_million", 1.00,
    "$1.00 per million requests (HTTP API, first 300 million a month)",
    source=PRICING, checked=CHECKED, status="unconfirmed",
    note="AWS's pricing page builds its rate table with scripts and was not read as text; "
         "the rate matches consistent third-party copies dated 2026.")
REST_PRICE_PER_MILLION = fact(
    "apigateway.rest_price_per_million", 3.50,
    "$3.50 per million requests (REST API, first 333 million a month)",
    source=PRICING, checked=CHECKED, status="unconfirmed",
    note="AWS's pricing page builds its rate table with scripts and was not read as text; "
         "the rate matches consistent third-party copies dated 2026.")
FREE_TIER_CALLS = fact(
    "apigateway.free_tier_calls_per_month", 1_000_000,
    "1 million REST API calls and 1 million HTTP API calls per month, for 12 months",
    source=PRICING, checked=CHECKED, status="confirmed",
    note="A 12-month offer for new customers, unlike Lambda's always-free tier. Accounts "
         "created since 15 July 2025 get the credit-based Free Plan instead.")
CACHE_TTL_S = fact(
    "apigateway.cache_ttl_s", (300, 3_600),
    "300 seconds by default, 3,600 seconds at most (REST API cache)",
    source=CACHING, checked=CHECKED, status="confirmed",
    note="Caching is REST-only, billed per hour by cache size, not in the Free Tier.")
WEBSOCKET_CONNECTION = fact(
    "apigateway.websocket_connection", (2, 10),
    "2 hours per connection, 10 minutes idle timeout",
    source=WEBSOCKET_QUOTAS, checked=CHECKED, status="confirmed")
WEBSOCKET_REQUEST_VALIDATION = ("https://docs.aws.amazon.com/apigateway/latest/developerguide/"
                                "websocket-api-request-validation.html")
WEBSOCKET_ROUTE_FEATURES = fact(
    "apigateway.websocket_route_features", ("request validation", "API key required"),
    "a WebSocket route can validate the request body against a model, and can require an API "
    "key",
    source=WEBSOCKET_REQUEST_VALIDATION, checked="2026-12-02", status="confirmed",
    note="Request validation: \"You can configure API Gateway to perform validation on a route "
         "request before proceeding with the integration request\" (a failed validation gets a "
         "\"Bad request body\" gateway response). API keys: the route's apiKeyRequired, "
         "\"Specifies whether an API key is required for the route. Supported only for "
         "WebSocket APIs\" (API Gateway V2 API reference, AWS::ApiGatewayV2::Route). HTTP APIs "
         "have neither; the exam's comparison is REST against HTTP.")

# --- Added for the Practice page (token_bucket, route_match) ---
HTTP_ROUTES_PER_API = fact(
    "apigateway.http_routes_per_api", 300, "300 routes per HTTP API (can be raised)",
    source=HTTP_QUOTAS, checked=CHECKED, status="confirmed",
    note="A per-API quota: it is raised for one API, not for every API of the account.")

# --- Added for route_match: HTTP API route selection (issue 13) ---
HTTP_ROUTES = "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html"
HTTP_ROUTE_PRIORITY = fact(
    "apigateway.http_route_priority",
    ("full match", "greedy path variable", "$default"),
    "(1) a full match for the route and method, (2) a match with a greedy path variable "
    "({proxy+}), (3) the $default route (HTTP APIs)",
    source=HTTP_ROUTES, checked="2026-12-02", status="confirmed",
    note="AWS's order of priority. The same page: \"The ANY method matches all methods that "
         "you haven't defined for a route\", so GET /pets goes to a route GET /pets rather than "
         "ANY /pets; and \"If no routes match a request, API Gateway returns "
         "{\"message\":\"Not Found\"} to the client\", with no status code given. It does not "
         "say how two matches at the same level are ranked, nor how trailing or double "
         "slashes are routed.")
