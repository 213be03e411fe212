# Mistake: the guard for an empty dict is a bare "return", so no headers at all gives None instead of "unknown".
def user_agent(headers):
    if not headers:
        return
    return headers.get("User-Agent", "unknown")
