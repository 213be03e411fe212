# Plausible mistake: takes the first key that starts with the name asked for, so
# Accept-Encoding is taken for Accept.
# Property: whole-name-matches
def get_header(headers, name):
    for key in headers:
        if key.lower().startswith(name.lower()):
            return headers[key]
    return None
