# Tests for the key with `in` first.
def user_agent(headers):
    if "User-Agent" in headers:
        return headers["User-Agent"]
    return "unknown"
