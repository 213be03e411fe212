# Right: an explicit "in" membership test with if/else, through a helper named check that takes the key and the default.
def check(headers, key, default):
    if key in headers:
        return headers[key]
    else:
        return default


def user_agent(headers):
    return check(headers, "User-Agent", "unknown")
