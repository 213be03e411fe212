# Plausible mistake: finds the key in lower case, then reads the dict with the name as asked.
# Property: no-error-when-missing
def get_header(headers, name):
    for key in headers:
        if key.lower() == name.lower():
            return headers[name]
    return None
