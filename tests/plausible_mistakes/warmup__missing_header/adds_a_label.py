# Plausible mistake: returns the header as 'name: value' instead of the value alone.
# Property: value-as-it-is
def user_agent(headers):
    return "User-Agent: " + headers.get("User-Agent", "unknown")
