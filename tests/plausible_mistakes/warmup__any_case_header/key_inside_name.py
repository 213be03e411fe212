# Plausible mistake: tests whether the key is inside the name asked for, the wrong way
# round, so Host is taken for X-Forwarded-Host.
# Property: whole-name-matches
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() in name.lower():
            return value
    return None
