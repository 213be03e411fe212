# Mistake: substring test ("User-Agent" in key) instead of equality, so another header such as "X-Original-User-Agent" is taken for it.
def user_agent(headers):
    for key in headers:
        if "User-Agent" in key:
            return headers[key]
    return "unknown"
