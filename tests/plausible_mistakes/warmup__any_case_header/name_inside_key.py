# Plausible mistake: tests whether the name asked for is inside the key (`in`), so
# X-Forwarded-Host is taken for host.
# Property: whole-name-matches
def get_header(headers, name):
    for key, value in headers.items():
        if name.lower() in key.lower():
            return value
    return None
