# Plausible mistake: catches the KeyError but answers with other words.
# Property: unknown-exactly
def user_agent(headers):
    try:
        return headers["User-Agent"]
    except KeyError:
        return "unknown agent"
