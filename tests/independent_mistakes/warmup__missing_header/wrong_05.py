# Mistake: compares the keys case-insensitively (key.lower() == "user-agent"), so a "user-agent" key is taken although the statement says the key must be exactly User-Agent.
def user_agent(headers):
    for key, value in headers.items():
        if key.lower() == "user-agent":
            return value
    return "unknown"
