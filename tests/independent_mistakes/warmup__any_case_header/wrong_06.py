# Mistake: uses a substring test (name in key) instead of equality, so asking for "Content-Type" also matches "X-Content-Type-Options".
def get_header(headers, name):
    name = name.lower()
    for key in headers:
        if name in key.lower():
            return headers[key]
    return None
