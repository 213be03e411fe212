# Plausible mistake: prints the value it finds instead of returning it.
# Property: none
def get_header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            print(value)
    print(None)
