# Plausible mistake: uses `or`, which also replaces an empty value with 'unknown'.
# Property: empty-value-kept
def user_agent(headers):
    return headers.get("User-Agent") or "unknown"
