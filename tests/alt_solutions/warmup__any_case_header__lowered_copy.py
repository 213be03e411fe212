# Builds a copy of the dict with lower-case keys, then uses .get.
def get_header(headers, name):
    lowered = {key.lower(): value for key, value in headers.items()}
    return lowered.get(name.lower())
