# Plausible mistake: writes the key with an underscore, as in a Python name.
# Property: key-written-exactly
def user_agent(headers):
    return headers.get("User_Agent", "unknown")
