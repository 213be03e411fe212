# Mistake: calls .get("User-Agent") without the default, so a missing header gives None instead of "unknown".
def user_agent(headers):
    agent = headers.get("User-Agent")
    return agent
