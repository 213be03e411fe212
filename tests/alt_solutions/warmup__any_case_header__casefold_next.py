# casefold() and next() with a default.
def get_header(headers, name):
    wanted = name.casefold()
    return next((v for k, v in headers.items() if k.casefold() == wanted), None)
