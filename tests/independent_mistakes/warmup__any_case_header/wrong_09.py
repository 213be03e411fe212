# Mistake: lower-cases only the key (key.lower() == name), so a name asked for with capitals such as "X-Api-Key" never matches.
def helper(text):
    return text.lower()


def get_header(headers, name):
    for key, value in headers.items():
        if helper(key) == name:
            return value
    return None
