# Mistake: asks for the key in lower case ("user-agent"); keys are compared exactly here, so "User-Agent" is never found.
def user_agent(headers):
    return headers.get("user-agent", "unknown")
