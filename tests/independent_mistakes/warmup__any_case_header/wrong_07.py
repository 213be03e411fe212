# Mistake: returns the matching key (the header's name) instead of its value.
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return key
    return None
