# Plausible mistake: takes the first key that contains "User-Agent", so a proxy's
# X-Original-User-Agent is taken for it.
# Property: only-user-agent
def user_agent(headers):
    for key in headers:
        if "User-Agent" in key:
            return headers[key]
    return "unknown"
