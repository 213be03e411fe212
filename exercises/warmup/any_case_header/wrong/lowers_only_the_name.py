# Plausible mistake: lower-cases the name asked for but not the keys of the dict.
# Property: keys-lowered-too
def get_header(headers, name):
    return headers.get(name.lower())
