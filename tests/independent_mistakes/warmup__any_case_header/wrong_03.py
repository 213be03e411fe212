# Mistake: the "return None" sits in an else inside the loop, so the function gives up after looking at the first header only.
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
        else:
            return None
