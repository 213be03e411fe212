# Plausible mistake: gives None as the default.
# Property: missing-is-unknown-not-none
def user_agent(headers):
    return headers.get("User-Agent", None)
