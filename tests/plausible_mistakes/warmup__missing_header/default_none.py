# Plausible mistake: gives None as the default.
# Property: missing-gives-unknown
def user_agent(headers):
    return headers.get("User-Agent", None)
