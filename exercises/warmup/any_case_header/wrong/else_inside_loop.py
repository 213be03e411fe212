# Plausible mistake: `return None` in an else inside the loop stops after the first header.
# Property: every-header-looked-at
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
        else:
            return None
