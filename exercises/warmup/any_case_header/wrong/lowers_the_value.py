# Plausible mistake: returns the value in lower case too.
# Property: value-unchanged
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value.lower()
    return None
