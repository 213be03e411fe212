# Plausible mistake: uses `or`, which also replaces an empty value with 'unknown'.
def user_agent(headers):
    return headers.get("User-Agent") or "unknown"
