# Plausible mistake: tests the value itself, so an empty value counts as missing.
# Property: empty-value-kept
def user_agent(headers):
    if headers.get("User-Agent"):
        return headers["User-Agent"]
    return "unknown"
