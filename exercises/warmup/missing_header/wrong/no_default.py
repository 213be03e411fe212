# Plausible mistake: uses .get without a default, which gives None.
# Property: missing-gives-unknown
def user_agent(headers):
    return headers.get("User-Agent")
