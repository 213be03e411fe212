# Mistake: assumes the dict keys are already lower case and just does headers.get(name.lower()), so a key like "Content-Type" is missed.
def get_header(headers, name):
    return headers.get(name.lower())
