# Right: EAFP style, square brackets inside try with except KeyError giving the default.
DEFAULT_AGENT = "unknown"


def user_agent(headers):
    try:
        agent = headers["User-Agent"]
    except KeyError:
        agent = DEFAULT_AGENT
    return agent
