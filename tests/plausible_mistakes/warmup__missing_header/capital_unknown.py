# Plausible mistake: answers 'Unknown' with a capital.
# Property: unknown-exactly
def user_agent(headers):
    if "User-Agent" in headers:
        return headers["User-Agent"]
    return "Unknown"
