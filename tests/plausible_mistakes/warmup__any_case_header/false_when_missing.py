# Plausible mistake: returns False when no header matches.
# Property: none
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return False
