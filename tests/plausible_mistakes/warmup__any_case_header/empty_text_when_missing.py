# Plausible mistake: returns the empty text when no header matches.
# Property: none-when-missing
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return ""
