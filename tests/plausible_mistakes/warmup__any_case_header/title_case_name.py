# Plausible mistake: writes the name in title case (Content-Type) and looks that up.
# Property: none
def get_header(headers, name):
    return headers.get(name.title())
