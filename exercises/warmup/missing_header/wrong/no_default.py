# Plausible mistake: uses .get without a default, which gives None.
def user_agent(headers):
    return headers.get("User-Agent")
