# Plausible mistake: tries two spellings joined with or, which also replaces an empty value.
# Property: empty-value-kept
def user_agent(headers):
    return headers.get("user-agent") or headers.get("User-Agent") or "unknown"
