# Mistake: uses "or" to supply the default, so a header that is there but empty ("") is replaced by "unknown" instead of returned as it is.
def user_agent(headers):
    return headers.get("User-Agent") or "unknown"
