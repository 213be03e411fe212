# Mistake: the "return 'unknown'" is in the else inside the loop, so only the first header is looked at; a User-Agent that comes later is missed.
def user_agent(headers):
    for key, value in headers.items():
        if key == "User-Agent":
            return value
        else:
            return "unknown"
    return "unknown"
