# Plausible mistake: reads the dict with square brackets and the lower-case name.
# Property: no-error-when-missing
def get_header(headers, name):
    return headers[name.lower()]
