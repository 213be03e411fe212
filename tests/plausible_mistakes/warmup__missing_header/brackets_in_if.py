# Plausible mistake: tests the header with square brackets, which fail when it is missing.
# Property: missing-is-not-an-error
def user_agent(headers):
    if headers["User-Agent"]:
        return headers["User-Agent"]
    return "unknown"
