# Mistake: prints the value instead of returning it, so the function gives None.
def user_agent(headers):
    print(headers.get("User-Agent", "unknown"))
