# Mistake: lower-cases only the name asked for (key == name.lower()), so a header sent with capitals such as "Content-Type" never matches.
def get_header(headers, name):
    wanted = name.lower()
    for key, value in headers.items():
        if key == wanted:
            return value
    return None
