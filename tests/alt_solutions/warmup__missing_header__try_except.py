# Asks for forgiveness: catches the KeyError of a missing key.
def user_agent(headers):
    try:
        return headers["User-Agent"]
    except KeyError:
        return "unknown"
