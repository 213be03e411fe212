# Mistake: reads the header with square brackets, which raises KeyError when the client sent no User-Agent instead of giving "unknown".
def user_agent(headers):
    return headers["User-Agent"]
