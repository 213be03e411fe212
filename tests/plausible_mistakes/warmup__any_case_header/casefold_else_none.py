# Plausible mistake: an if/else inside the loop, so only the first header is looked at.
# Property: every-header-looked-at
def get_header(headers, name):
    for key in headers:
        if key.casefold() == name.casefold():
            return headers[key]
        else:
            return None
