# Plausible mistake: writes the key in lower case; dict keys are case-sensitive.
# Property: key-written-exactly
def user_agent(headers):
    return headers.get("user-agent", "unknown")
