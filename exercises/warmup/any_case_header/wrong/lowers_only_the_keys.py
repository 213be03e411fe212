# Plausible mistake: lower-cases the keys but compares them with the name as given.
# Property: name-lowered-too
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None
