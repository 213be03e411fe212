# Plausible mistake: looks the name up as it is, so the capitals must match.
# Property: case-ignored
def get_header(headers, name):
    return headers.get(name)
