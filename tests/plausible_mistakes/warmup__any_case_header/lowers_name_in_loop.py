# Plausible mistake: lower-cases the name asked for, and compares it with the keys as they are.
# Property: keys-lowered-too
def get_header(headers, name):
    wanted = name.lower()
    for key, value in headers.items():
        if key == wanted:
            return value
    return None
