# Plausible mistake: loops over the keys and answers 'unknown' as soon as the first key is another one.
# Property: any-position
def user_agent(headers):
    for key in headers:
        if key == "User-Agent":
            return headers[key]
        else:
            return "unknown"
    return "unknown"
