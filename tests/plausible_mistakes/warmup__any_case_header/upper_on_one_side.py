# Plausible mistake: upper-cases the keys but compares them with the name as given.
# Property: none
def get_header(headers, name):
    for key, value in headers.items():
        if key.upper() == name:
            return value
    return None
