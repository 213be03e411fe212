# Plausible mistake: reads the key with square brackets, which fails when it is missing.
# Property: missing-is-not-an-error
def user_agent(headers):
    return headers["User-Agent"]
