# Mistake: returns the value lower-cased too (value.lower()), but only the name ignores case; the value must come back unchanged.
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value.lower()
    return None
