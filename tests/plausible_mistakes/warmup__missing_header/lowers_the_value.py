# Plausible mistake: lower-cases the value it returns.
# Property: value-as-it-is
def user_agent(headers):
    return headers.get("User-Agent", "unknown").lower()
