# Right: builds a lower-cased copy of the dict with a comprehension, then one .get on the lower-cased name.
def get_header(headers, name):
    lowered = {key.lower(): value for key, value in headers.items()}
    return lowered.get(name.lower())
