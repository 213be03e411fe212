# Plausible mistake: returns the matching key instead of its value.
# Property: the-value-not-the-name
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return key
    return None
