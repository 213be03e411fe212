# Mistake: compares key == name exactly, without lower-casing either side, so "Content-Type" is not found when "content-type" is asked for.
def get_header(headers, name):
    for key, value in headers.items():
        if key == name:
            return value
    return None
